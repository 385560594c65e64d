namespace Orders.Application.Discounts.DeleteDiscount;

public sealed record DeleteDiscountCommand(string Code);
