using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.Review;

/// <summary>The customer rates a delivered order, once. Admins and other users get "not found": it is not theirs.</summary>
public sealed class ReviewOrderHandler(IOrderRepository orders, IUnitOfWork uow, ICurrentUser currentUser, TimeProvider clock)
{
    public Task<Result<ReviewDto>> HandleAsync(ReviewOrderCommand cmd, CancellationToken ct)
    {
        var user = currentUser.User;
        return uow.InTransactionAsync<ReviewDto>(async ct =>
        {
            var order = await orders.FindAsync(cmd.Order, ct);
            if (order is null || order.UserId != user.Id) return OrderErrors.NotFound(cmd.Order);
            if (cmd.Rating is null) return Failure.Field("rating", "Is required: a whole number from 1 to 5.");

            var reviewed = order.Review(user.AsActor(), cmd.Rating.Value, cmd.Comment, clock.GetUtcNow());
            if (!reviewed.IsSuccess) return reviewed.Failed();
            return new ReviewDto(order.Id, order.OrderNumber, order.ReviewRating!.Value, order.ReviewComment, order.ReviewedAt!.Value);
        }, ct);
    }
}
