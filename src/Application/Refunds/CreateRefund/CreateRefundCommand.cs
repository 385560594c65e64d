using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Refunds.CreateRefund;

/// <summary>An admin refunds part of an order: units (<paramref name="Lines"/>, or a return's received units), an amount
/// of the shipping charge and a free adjustment (<paramref name="Amount"/>), in major units as the client sends them.
/// <paramref name="ExpectedVersion"/> comes from If-Match.</summary>
public sealed record CreateRefundCommand(
    OrderRef Order, UserContext User, IReadOnlyList<RefundLineInput?>? Lines, string? ReturnId, decimal? Shipping, decimal? Amount,
    string? Reason, string? IdempotencyKey, int? ExpectedVersion = null)
{
    public const int MaxReturnIdLength = 100;

    /// <summary>The request's shape, before anything is read: the key, the lines and the amounts, as the domain's draft in
    /// minor units of <paramref name="currency"/>.</summary>
    public Result<RefundDraft> ToDraft(string currency)
    {
        if (IdempotencyKey is null) return RefundRequestErrors.KeyRequired;
        if (IdempotencyKey.Length is 0 or > IdempotencyRecord.MaxKeyLength) return RefundRequestErrors.KeyTooLong;

        var errors = new Dictionary<string, string[]>();
        if (Lines is not null)
        {
            if (Lines.Count > Domain.Orders.Order.MaxLines) errors["lines"] = [$"A refund names at most {Domain.Orders.Order.MaxLines} lines."];
            for (var i = 0; i < Lines.Count; i++)
            {
                if (Lines[i] is not { } line) errors[$"lines[{i}]"] = ["Must be an object {orderLineId, quantity}."];
                else
                {
                    if (string.IsNullOrWhiteSpace(line.OrderLineId)) errors[$"lines[{i}].orderLineId"] = ["Is required."];
                    if (line.Quantity is < 1 or > Domain.Orders.Order.MaxQuantityPerLine)
                        errors[$"lines[{i}].quantity"] = [$"Must be between 1 and {Domain.Orders.Order.MaxQuantityPerLine}."];
                }
            }

            if (Lines.Where(l => l is not null).DistinctBy(l => l!.OrderLineId).Count() < Lines.Count(l => l is not null))
                errors["lines"] = ["Each order line may appear once; put the total in its quantity."];
        }

        if (ReturnId is { Length: 0 or > MaxReturnIdLength }) errors["returnId"] = [$"Must be 1 to {MaxReturnIdLength} characters."];
        var shipping = MoneyInput.ToMinor(Shipping, currency, "shipping");
        if (!shipping.IsSuccess) errors["shipping"] = [shipping.Detail()];
        var adjustment = MoneyInput.ToMinor(Amount, currency, "amount");
        if (!adjustment.IsSuccess) errors["amount"] = [adjustment.Detail()];
        if (errors.Count > 0) return RefundRequestErrors.InvalidRefund(errors);

        IReadOnlyList<LineQuantity>? lines = Lines is null ? null : [.. Lines.Select(l => new LineQuantity(l!.OrderLineId!.Trim(), l.Quantity))];
        return new RefundDraft(lines, ReturnId, shipping.Value ?? 0, adjustment.Value ?? 0, Reason);
    }

    /// <summary>Identifies the refund asked for, for idempotent retries: the same order and the same draft (amounts in
    /// minor units, so 5 and 5.00 are one request) give the same hash, whoever sends it under whatever key.</summary>
    public static string RequestHash(string orderId, RefundDraft draft) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            orderId,
            lines = draft.Lines?.Select(l => new { l.OrderLineId, l.Quantity }),
            draft.ReturnId,
            draft.Shipping,
            draft.Adjustment,
            draft.Reason,
        }))));
}
