using Orders.Domain.Common;

namespace Orders.Domain.Discounts;

public static class DiscountErrors
{
    public static Result NotFound(string code) =>
        Failure.NotFound("discount.not_found", $"Discount code {Discount.Normalize(code)} not found.");

    public static Result Unusable(string code, string why) =>
        Failure.Unprocessable("discount.unusable", $"Discount code {code} {why}.");

    public static Result UsedUp(string code) => Unusable(code, "has been used the maximum number of times");

    public static Result DoesNotExist(string code) => Unusable(code, "does not exist");

    public static Result Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        Failure.Invalid("discount.invalid", "The discount is not valid; see errors.", errors);

    public static Result Exists(string code) =>
        Failure.Conflict("discount.exists", $"Discount code {code} already exists; change it with PATCH.");
}
