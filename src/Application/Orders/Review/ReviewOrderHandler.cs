using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.Review;

/// <summary>The customer rates a delivered order, once. Admins and other users get "not found": it is not theirs.</summary>
public sealed class ReviewOrderHandler(OrderAccess access, IUnitOfWork uow, TimeProvider clock)
{
    public async Task<Result<ReviewDto>> HandleAsync(ReviewOrderCommand cmd, CancellationToken ct)
    {
        if (cmd.Rating is null) return OrderErrors.RatingRequired;
        var order = await access.LoadOwnAsync(cmd.Order, cmd.User, ct);
        if (!order.IsSuccess) return order.Failed();

        var reviewed = order.Value.Review(cmd.User.AsActor(), cmd.Rating.Value, cmd.Comment, clock.GetUtcNow());
        if (!reviewed.IsSuccess) return reviewed.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? ReviewDto.From(order.Value) : saved.Failed();
    }
}
