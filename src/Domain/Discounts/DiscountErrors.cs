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
}
