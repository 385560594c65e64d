using Orders.Domain.Common;

namespace Orders.Application.Orders.EditOrder;

/// <summary>Failures of an edit request's shape, before the order is asked (its own rules are <c>EditErrors</c>).</summary>
public static class EditRequestErrors
{
    public static Result InvalidChanges(IReadOnlyDictionary<string, string[]> errors) =>
        Failure.Invalid(Failure.InvalidRequest, "Some changes are not valid; see errors.", errors);

    public static Result TooManyChanges => Failure.Field("changes", $"An edit names at most {Domain.Orders.Order.MaxLines * 2} changes.");

    public static Result ProviderChanged(string? provider, string current) => Failure.Conflict("order.edit_provider_changed",
        $"The order's payment intent is held by {provider}, but this service now runs {current}; its amount cannot follow an edit. Cancel the order and place a new one.");
}
