using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.Review;

/// <summary>The customer rates a delivered order, once. Admins and other users get "not found": it is not theirs.</summary>
public sealed class ReviewOrderHandler(OrderAccess access, IUnitOfWork uow, TimeProvider clock)
{
    public Task<Result<ReviewDto>> HandleAsync(ReviewOrderCommand cmd, CancellationToken ct)
    {
        if (cmd.Rating is null) return Task.FromResult<Result<ReviewDto>>(Failure.Field("rating", "Is required: a whole number from 1 to 5."));
        return uow.InTransactionAsync<ReviewDto>(async ct =>
        {
            var loaded = await access.LoadOwnAsync(cmd.Order, ct);
            if (!loaded.IsSuccess) return loaded.Failed();
            var order = loaded.Value;

            var reviewed = order.Review(access.User.AsActor(), cmd.Rating.Value, cmd.Comment, clock.GetUtcNow());
            if (!reviewed.IsSuccess) return reviewed.Failed();
            return new ReviewDto(order.Id, order.OrderNumber, order.ReviewRating!.Value, order.ReviewComment, order.ReviewedAt!.Value);
        }, ct);
    }
}
