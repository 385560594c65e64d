using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Orders.Application.Orders;
using Orders.Domain.Orders;
using Orders.Infrastructure.Persistence.Views;

namespace Orders.UnitTests.Infrastructure.Persistence;

/// <summary>The stored view's JSON shape is pinned to its format: a change to <see cref="OrderDto"/> that changes the
/// JSON fails here until <see cref="OrderViewJson.Format"/> is bumped (so views of the old shape are never served) and
/// the new shape is recorded below with it.</summary>
public sealed class OrderViewFormatTests
{
    private const int RecordedFormat = 3;

    private const string RecordedShape = """
        id: String
        orderNumber: String
        userId: String
        status: OrderStatus
        items[]: OrderLineDto
        items[].id: String
        items[].productId: String
        items[].productName: String
        items[].productImage: String
        items[].unitPrice: Int64
        items[].quantity: Int32
        items[].lineTotal: Int64
        items[].paidTotal: Int64
        items[].quantities: LineQuantitiesDto
        items[].quantities.ordered: Int32
        items[].quantities.canceled: Int32
        items[].quantities.shipped: Int32
        items[].quantities.delivered: Int32
        items[].quantities.returned: Int32
        items[].quantities.refunded: Int32
        subtotal: Int64
        discountCode: String
        discountAmount: Int64
        tax: Int64
        shippingCost: Int64
        total: Int64
        currency: String
        shippingAddress: ShippingAddressDto
        shippingAddress.fullName: String
        shippingAddress.street: String
        shippingAddress.city: String
        shippingAddress.postalCode: String
        shippingAddress.country: String
        shippingAddress.phone: String
        shippingMethod: ShippingMethod
        shippingCarrier: String
        trackingNumber: String
        payment: PaymentDto
        payment.method: PaymentMethod
        payment.status: PaymentStatus
        payment.provider: String
        payment.intentId: String
        payment.clientSecret: String
        payment.transactionId: String
        payment.paidAt: DateTimeOffset
        payment.failureReason: String
        statusHistory[]: StatusChangeDto
        statusHistory[].from: OrderStatus
        statusHistory[].to: OrderStatus
        statusHistory[].at: DateTimeOffset
        statusHistory[].by: String
        statusHistory[].note: String
        createdAt: DateTimeOffset
        updatedAt: DateTimeOffset
        paidAt: DateTimeOffset
        shippedAt: DateTimeOffset
        deliveredAt: DateTimeOffset
        canceledAt: DateTimeOffset
        cancelReason: String
        estimatedDeliveryDate: DateOnly
        hasReviewed: Boolean
        invoiceNumber: String
        fulfillmentStatus: FulfillmentStatus
        shipments[]: ShipmentDto
        shipments[].id: String
        shipments[].lines[]: LineQuantityDto
        shipments[].lines[].orderLineId: String
        shipments[].lines[].quantity: Int32
        shipments[].carrier: String
        shipments[].trackingNumber: String
        shipments[].trackingUrl: String
        shipments[].status: ShipmentStatus
        shipments[].shippedAt: DateTimeOffset
        shipments[].deliveredAt: DateTimeOffset
        returns[]: ReturnDto
        returns[].id: String
        returns[].status: ReturnStatus
        returns[].lines[]: ReturnLineDto
        returns[].lines[].orderLineId: String
        returns[].lines[].quantity: Int32
        returns[].lines[].received: Int32
        returns[].lines[].restocked: Int32
        returns[].lines[].damaged: Int32
        returns[].lines[].missing: Int32
        returns[].reason: String
        returns[].note: String
        returns[].createdAt: DateTimeOffset
        returns[].updatedAt: DateTimeOffset
        refunds[]: RefundDto
        refunds[].id: String
        refunds[].status: RefundStatus
        refunds[].amount: Int64
        refunds[].lines[]: RefundLineDto
        refunds[].lines[].orderLineId: String
        refunds[].lines[].quantity: Int32
        refunds[].lines[].amount: Int64
        refunds[].shipping: Int64
        refunds[].adjustment: Int64
        refunds[].reason: String
        refunds[].returnId: String
        refunds[].providerRefundId: String
        refunds[].failureReason: String
        refunds[].creditNoteNumber: String
        refunds[].createdAt: DateTimeOffset
        refunds[].updatedAt: DateTimeOffset
        refundedTotal: Int64
        refundableTotal: Int64
        creditNotes[]: CreditNoteDto
        creditNotes[].number: String
        creditNotes[].refundId: String
        creditNotes[].amount: Int64
        creditNotes[].issuedAt: DateTimeOffset
        edits[]: EditDto
        edits[].at: DateTimeOffset
        edits[].by: String
        edits[].reason: String
        edits[].changes[]: EditChangeDto
        edits[].changes[].orderLineId: String
        edits[].changes[].productId: String
        edits[].changes[].productName: String
        edits[].changes[].previousQuantity: Int32
        edits[].changes[].quantity: Int32
        edits[].difference: EditDifferenceDto
        edits[].difference.subtotal: Int64
        edits[].difference.discountAmount: Int64
        edits[].difference.tax: Int64
        edits[].difference.shippingCost: Int64
        edits[].difference.total: Int64
        edits[].refundId: String
        notes[]: NoteDto
        notes[].id: String
        notes[].body: String
        notes[].visibility: NoteVisibility
        notes[].author: NoteAuthorDto
        notes[].author.id: String
        notes[].author.role: NoteAuthorRole
        notes[].createdAt: DateTimeOffset
        notes[].editedAt: DateTimeOffset
        notes[].deletedAt: DateTimeOffset
        version: Int32
        """;

    [Fact]
    public void OrderViewJson_WhenTheShapeChanges_HasANewFormat()
    {
        var shape = string.Join('\n', Shape(OrderViewJson.Default.OrderDto, ""));

        shape.ShouldBe(RecordedShape.ReplaceLineEndings("\n"),
            "The stored view's JSON changed: bump OrderViewJson.Format, record the new shape and format here, and add the migration each engine then asks for.");
        OrderViewJson.Format.ShouldBe(RecordedFormat, "Record the format that goes with this shape.");
    }

    [Fact]
    public void OrderViewJson_LeavesOutDefaults_AndReadsBackTheSameOrder()
    {
        // Every property at its default, and every list holding one element whose properties are at their defaults: the
        // case where leaving a property out could read back as something else (an initial value that is not the default).
        var order = (OrderDto)Defaults(typeof(OrderDto));
        var stored = OrderViewJson.Write(order);

        var read = OrderViewJson.Read(Encoding.UTF8.GetBytes(stored));

        JsonSerializer.Serialize(read, OrderViewJson.Default.OrderDto).ShouldBe(JsonSerializer.Serialize(order, OrderViewJson.Default.OrderDto));
        stored.ShouldNotContain("null");
        stored.ShouldNotContain("[]");
        OrderViewJson.Write(order with { Status = OrderStatus.Paid }).ShouldContain("\"status\":\"Paid\"");
    }

    private static object Defaults(Type type)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.CanWrite))
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                var element = property.PropertyType.GetGenericArguments()[0];
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                list.Add(element.IsValueType || element == typeof(string) ? Activator.CreateInstance(element) ?? "" : Defaults(element));
                property.SetValue(instance, list);
            }
            else if (property.PropertyType.IsClass && property.PropertyType != typeof(string))
                property.SetValue(instance, Defaults(property.PropertyType));
        }
        return instance;
    }

    // Every JSON property, nested objects and collection elements included, with its .NET type.
    private static IEnumerable<string> Shape(JsonTypeInfo type, string path)
    {
        foreach (var property in type.Properties)
        {
            var name = path + property.Name;
            var element = property.PropertyType.IsArray ? property.PropertyType.GetElementType()
                : property.PropertyType is { IsGenericType: true } generic && generic != typeof(string) && generic.GetGenericArguments() is [var only] && Nullable.GetUnderlyingType(generic) is null
                    ? only : null;
            var shown = element ?? Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var key = element is null ? name : name + "[]";
            yield return $"{key}: {shown.Name}";
            var inner = type.Options.GetTypeInfo(shown);
            if (inner.Kind != JsonTypeInfoKind.Object || shown == typeof(DateTimeOffset)) continue;
            foreach (var line in Shape(inner, key + ".")) yield return line;
        }
    }
}
