using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Invoices;

public sealed class InvoiceFontStartupTests
{
    private static readonly string MissingFontDirectory = Path.Combine(Path.GetTempPath(), $"orders-no-fonts-{Guid.NewGuid():N}");

    [Fact]
    public void Start_WhenFontDirectoryLacksDejaVu_RefusesToStartNamingThePackageAndTheKey()
    {
        using var factory = OrdersApiFactory.Create(ApiHostOptions.Default.With("Invoice:FontDirectory", MissingFontDirectory));

        var error = Should.Throw<Exception>(() => factory.CreateClient());

        var messages = string.Join("\n", Chain(error).Select(e => e.Message));
        messages.ShouldContain("fonts-dejavu-core");
        messages.ShouldContain("Invoice:FontDirectory");
        messages.ShouldContain(MissingFontDirectory);
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException) yield return error;
    }
}
