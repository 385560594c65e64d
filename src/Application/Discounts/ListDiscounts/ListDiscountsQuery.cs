namespace Orders.Application.Discounts.ListDiscounts;

public sealed record ListDiscountsQuery(int? Page, int? Limit, bool? Active);
