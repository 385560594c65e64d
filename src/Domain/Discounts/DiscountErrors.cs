using Orders.Domain.Common;

namespace Orders.Domain.Discounts;

public static class DiscountErrors
{
    public static Result NotFound(string code) =>
        Failure.NotFound("discount.not_found", $"Discount code {Discount.Normalize(code)} not found.");
}
