using Mapster;
using Orders.Application.Common;
using Orders.Application.Discounts;
using Orders.Application.Notes;
using Orders.Application.Orders;
using Orders.Application.Orders.DemoCart;
using Orders.Application.Orders.Review;
using Orders.Application.Orders.Stats;
using Orders.Application.Orders.Tracking;
using Orders.Application.Outbox;
using Orders.Application.Products;
using Orders.Application.Returns;
using Orders.Application.Shipments;
using Orders.Application.Webhooks;
using Orders.Domain.Common;
using Orders.WebApi.Contracts.Common;
using Orders.WebApi.Contracts.Discounts;
using Orders.WebApi.Contracts.Notes;
using Orders.WebApi.Contracts.Edits;
using Orders.WebApi.Contracts.Orders;
using Orders.WebApi.Contracts.Outbox;
using Orders.WebApi.Contracts.Products;
using Orders.WebApi.Contracts.Returns;
using Orders.WebApi.Contracts.Refunds;
using Orders.WebApi.Contracts.Shipments;
using Orders.WebApi.Contracts.Webhooks;

namespace Orders.WebApi.Contracts;

/// <summary>Application DTO → wire contract, by name. Use cases speak integer minor units; the wire speaks major units,
/// so every <c>long</c> that becomes a <c>decimal</c> here is an amount of money.</summary>
public static class ContractMappings
{
    public static readonly TypeAdapterConfig Config = Create();

    public static TResponse ToResponse<TResponse>(this object dto) => dto.Adapt<TResponse>(Config);

    public static PagedResponse<TResponse> ToResponse<TDto, TResponse>(this PagedList<TDto> page) =>
        new([.. page.Items.Select(i => i!.Adapt<TResponse>(Config))], page.Page, page.Limit, page.Total);

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = true, RequireDestinationMemberSource = true };
        config.NewConfig<long, decimal>().MapWith(minor => Money.Major(minor));
        config.NewConfig<long?, decimal?>().MapWith(minor => minor == null ? null : Money.Major(minor.Value));
        config.NewConfig<OrderDto, OrderResponse>();
        config.NewConfig<OrderLineDto, OrderLineResponse>();
        config.NewConfig<LineQuantitiesDto, LineQuantitiesResponse>();
        config.NewConfig<CreditNoteDto, CreditNoteResponse>();
        config.NewConfig<PaymentDto, PaymentResponse>();
        config.NewConfig<ShippingAddressDto, ShippingAddressResponse>();
        config.NewConfig<StatusChangeDto, StatusChangeResponse>();
        config.NewConfig<TrackingDto, TrackingResponse>();
        config.NewConfig<LineQuantityDto, ShipmentLineResponse>();
        config.NewConfig<ShipmentDto, ShipmentResponse>();
        config.NewConfig<ShipmentList, ShipmentListResponse>();
        config.NewConfig<ReviewDto, ReviewResponse>();
        config.NewConfig<OrderStatsDto, OrderStatsResponse>();
        config.NewConfig<TopProductDto, TopProductResponse>();
        config.NewConfig<DemoCartItemDto, DemoCartItemResponse>();
        config.NewConfig<ProductDto, ProductResponse>();
        config.NewConfig<DiscountDto, DiscountResponse>();
        config.NewConfig<WebhookSubscriptionDto, WebhookSubscriptionResponse>();
        config.NewConfig<WebhookDeliveryDto, WebhookDeliveryResponse>();
        config.NewConfig<OutboxMessageDto, OutboxMessageResponse>();
        config.NewConfig<ReturnDto, ReturnResponse>();
        config.NewConfig<ReturnLineDto, ReturnLineResponse>();
        config.NewConfig<ReturnListAtVersion, ReturnListResponse>();
        config.NewConfig<RefundDto, RefundResponse>();
        config.NewConfig<RefundLineDto, RefundLineResponse>();
        config.NewConfig<NoteDto, NoteResponse>();
        config.NewConfig<NoteAuthorDto, NoteAuthorResponse>();
        config.NewConfig<NoteList, NoteListResponse>();
        config.NewConfig<EditDto, EditResponse>();
        config.NewConfig<EditChangeDto, EditChangeResponse>();
        config.NewConfig<EditDifferenceDto, EditDifferenceResponse>();
        return config;
    }
}
