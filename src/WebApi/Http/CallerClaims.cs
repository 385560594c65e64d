using System.Net.Mail;
using System.Security.Claims;
using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.WebApi.Http;

/// <summary>The caller from the bearer token: <c>sub</c> (or name identifier), role <c>admin</c> (in the claim
/// <c>Authentication:RoleClaim</c> names), <c>email</c> unless <c>email_verified</c> is false. Endpoints build the
/// commands' <see cref="UserContext"/> with it.</summary>
public static class CallerClaims
{
    public const string AdminRole = "admin";

    /// <summary>The authenticated caller, on routes that require one.</summary>
    public static UserContext ToContext(this ClaimsPrincipal principal) => principal.FindContext()
        ?? throw new InvalidOperationException("No authenticated user; the route must require authorization.");

    /// <summary>The caller if the request carries a valid token, on routes open to anyone.</summary>
    public static UserContext? FindContext(this ClaimsPrincipal? principal)
    {
        var id = principal?.FindFirstValue("sub") ?? principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal is null || string.IsNullOrWhiteSpace(id) || id.Length > UserContext.MaxIdLength) return null;
        var email = principal.FindFirstValue("email") ?? principal.FindFirstValue(ClaimTypes.Email);
        // An address the user has not proven to own may be someone else's: order details must not go there.
        if (bool.TryParse(principal.FindFirstValue("email_verified"), out var verified) && !verified) email = null;
        // An address the mail server could never take would only fill the outbox with failures.
        var usableEmail = email is { Length: <= UserContext.MaxEmailLength } && MailAddress.TryCreate(email, out _) ? email : null;
        var name = principal.FindFirstValue("name") ?? principal.FindFirstValue(ClaimTypes.Name);
        var usableName = string.IsNullOrWhiteSpace(name) || name.Length > ShippingAddress.MaxFieldLength ? null : name.Trim();
        return new UserContext(id, principal.IsInRole(AdminRole), usableEmail, usableName);
    }
}
