using System.Text.Json;
using System.Text.Json.Serialization;
using Orders.Domain.Orders;
using Orders.WebApi.Contracts.Common;
using Orders.WebApi.Contracts.Edits;
using Orders.WebApi.Contracts.Orders;

namespace Orders.WebApi.Http;

/// <summary>The order answers (one order, a page of orders: most of the API's traffic) written by generated code in
/// <see cref="ApiJson"/>'s format. Used through its own options, so System.Text.Json takes the generated writer instead
/// of walking the metadata with its write stack (that walk, with the copying of its frames, was ~12% of a list's CPU in
/// the profile). A test checks that both write the same JSON.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    Converters = [
        typeof(ApiJson.EnumConverter<OrderStatus>), typeof(ApiJson.EnumConverter<PaymentMethod>), typeof(ApiJson.EnumConverter<PaymentStatus>),
        typeof(ApiJson.EnumConverter<ShippingMethod>), typeof(ApiJson.EnumConverter<FulfillmentStatus>),
        typeof(ApiJson.EnumConverter<ShipmentStatus>), typeof(ApiJson.EnumConverter<ReturnStatus>),
        typeof(ApiJson.EnumConverter<RefundStatus>), typeof(ApiJson.EnumConverter<NoteVisibility>),
        typeof(ApiJson.EnumConverter<NoteAuthorRole>), typeof(UtcDateTimeOffsetJsonConverter)])]
[JsonSerializable(typeof(OrderResponse))]
[JsonSerializable(typeof(PagedResponse<OrderResponse>))]
[JsonSerializable(typeof(EditOrderResponse))]
[JsonSerializable(typeof(EditPreviewResponse))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
