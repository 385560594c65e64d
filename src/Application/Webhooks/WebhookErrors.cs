using Orders.Domain.Common;

namespace Orders.Application.Webhooks;

public static class WebhookErrors
{
    public static Result NotFound(string id) => Failure.NotFound("webhook.not_found", $"Webhook subscription {id} not found.");

    public static Result Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        Failure.Invalid("webhook.invalid", "The subscription is not valid; see errors.", errors);

    public static Result SchemeRefused => TargetRefused("Only http and https URLs are allowed.");

    public static Result HostTooLong(int maxLength) =>
        TargetRefused($"The host name is longer than {maxLength} characters, the most DNS allows.");

    public static Result HostUnresolved(string host) => TargetRefused($"The host {host} cannot be resolved.");

    public static Result PrivateTarget(string host) => TargetRefused(
        $"{host} is a loopback or private-range address; webhooks go to public addresses (set Webhooks:AllowPrivateTargets to allow).");

    private static Result TargetRefused(string message) =>
        Failure.Invalid("webhook.target_refused", message, new Dictionary<string, string[]> { ["url"] = [message] });
}
