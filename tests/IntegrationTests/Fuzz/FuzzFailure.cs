namespace Orders.IntegrationTests.Fuzz;

/// <summary>A request whose answer broke the contract: a 5xx, a 4xx that is not a problem document, or no answer at all.
/// <see cref="Kind"/> names the breach without the request's details, so failures with one cause group together.</summary>
public sealed record FuzzFailure(
    FuzzRequest Request, int? Status, string Kind, string Detail, string? ResponseBody, IReadOnlyList<Exception> ServerExceptions)
{
    /// <summary>Operation, status, breach, and the exception's type and message up to the first quoted (input) part.</summary>
    public string GroupKey => $"{Request.Operation.Key} → {Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"} {Kind}"
        + (ServerExceptions.Count > 0 ? $" [{Signature(ServerExceptions[0])}]" : "");

    public static string Signature(Exception exception)
    {
        var message = exception.Message;
        var cut = message.IndexOfAny(['\'', '"', '\n']);
        if (cut >= 0) message = message[..cut];
        return $"{exception.GetType().Name}: {(message.Length > 90 ? message[..90] : message).Trim()}";
    }
}
