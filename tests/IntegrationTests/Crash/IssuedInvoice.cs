namespace Orders.IntegrationTests.Crash;

/// <summary>An invoice downloaded during a crash-suite load: its number and the exact bytes, to compare after a restart.</summary>
public sealed record IssuedInvoice(string Number, byte[] Pdf);
