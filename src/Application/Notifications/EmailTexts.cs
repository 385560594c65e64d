using System.Globalization;
using Orders.Domain.Orders;

namespace Orders.Application.Notifications;

/// <summary>The words of customer emails in one language. Templates take the order number as {0} unless their name
/// says otherwise.</summary>
internal sealed class EmailTexts
{
    public static readonly EmailTexts English = new()
    {
        Language = "en",
        Format = EmailFormat.English,
        Greeting = "Hello {0},",
        SignOff = "Thank you for shopping at {0}.",
        ConfirmationSubject = "Order {0} confirmed",
        ConfirmationIntro = "Thank you for your order. We have received order {0} and will email you as it moves along.",
        OrderSummary = "Order summary",
        Product = "Product",
        Quantity = "Quantity",
        UnitPrice = "Unit price",
        Amount = "Amount",
        Subtotal = "Subtotal",
        DiscountWithCode = "Discount ({0})",
        Tax = "Tax",
        Shipping = "Shipping",
        Total = "Total",
        ShippingAddress = "Shipping address",
        Phone = "Phone",
        ShippingMethodLabel = "Shipping method",
        OrderNumber = "Order number",
        PreviousStatus = "Previous status",
        NewStatus = "New status",
        Carrier = "Carrier",
        TrackingNumber = "Tracking number",
        EstimatedDelivery = "Estimated delivery",
        Note = "Note",
        Reason = "Reason",
        ReadyForPickup = "Order {0} is ready for pickup.",
        RefundNotice = "You had already paid for this order, so we are refunding {0} to your original payment method. "
            + "The refund may take a few days to appear.",
        ShippingMethods = new Dictionary<ShippingMethod, string>
        {
            [ShippingMethod.Standard] = "Standard",
            [ShippingMethod.Express] = "Express",
            [ShippingMethod.Pickup] = "Pickup in store",
        },
        StatusNames = new Dictionary<OrderStatus, string>
        {
            [OrderStatus.Pending] = "pending",
            [OrderStatus.Paid] = "paid",
            [OrderStatus.InPreparation] = "in preparation",
            [OrderStatus.Ready] = "ready",
            [OrderStatus.Shipped] = "shipped",
            [OrderStatus.Delivered] = "delivered",
            [OrderStatus.Canceled] = "canceled",
            [OrderStatus.Rejected] = "rejected",
        },
        StatusSubjects = new Dictionary<OrderStatus, string>
        {
            [OrderStatus.Paid] = "Payment received for order {0}",
            [OrderStatus.InPreparation] = "Your order {0} is being prepared",
            [OrderStatus.Ready] = "Your order {0} is ready",
            [OrderStatus.Shipped] = "Your order {0} has shipped",
            [OrderStatus.Delivered] = "Your order {0} has been delivered",
            [OrderStatus.Canceled] = "Your order {0} has been canceled",
            [OrderStatus.Rejected] = "Your order {0} has been rejected",
        },
        StatusMessages = new Dictionary<OrderStatus, string>
        {
            [OrderStatus.Paid] = "We have received your payment for order {0} and will start preparing it shortly.",
            [OrderStatus.InPreparation] = "We are preparing order {0}.",
            [OrderStatus.Ready] = "Order {0} is packed and will be handed to the carrier soon.",
            [OrderStatus.Shipped] = "Order {0} is on its way.",
            [OrderStatus.Delivered] = "Order {0} has been delivered. We hope you enjoy it.",
            [OrderStatus.Canceled] = "Order {0} has been canceled.",
            [OrderStatus.Rejected] = "We are sorry, but we could not accept order {0}.",
        },
    };

    public static readonly EmailTexts Spanish = new()
    {
        Language = "es",
        Format = EmailFormat.Spanish,
        Greeting = "Hola, {0}:",
        SignOff = "Gracias por comprar en {0}.",
        ConfirmationSubject = "Pedido {0} confirmado",
        ConfirmationIntro = "Gracias por tu pedido. Hemos recibido el pedido {0} y te escribiremos a medida que avance.",
        OrderSummary = "Resumen del pedido",
        Product = "Producto",
        Quantity = "Cantidad",
        UnitPrice = "Precio unitario",
        Amount = "Importe",
        Subtotal = "Subtotal",
        DiscountWithCode = "Descuento ({0})",
        Tax = "Impuestos",
        Shipping = "Envío",
        Total = "Total",
        ShippingAddress = "Dirección de envío",
        Phone = "Teléfono",
        ShippingMethodLabel = "Método de envío",
        OrderNumber = "Número de pedido",
        PreviousStatus = "Estado anterior",
        NewStatus = "Estado nuevo",
        Carrier = "Transportista",
        TrackingNumber = "Número de seguimiento",
        EstimatedDelivery = "Entrega estimada",
        Note = "Nota",
        Reason = "Motivo",
        ReadyForPickup = "El pedido {0} está listo para recoger.",
        RefundNotice = "Como ya habías pagado este pedido, te reembolsaremos {0} por el mismo medio de pago. "
            + "El reembolso puede tardar unos días en aparecer.",
        ShippingMethods = new Dictionary<ShippingMethod, string>
        {
            [ShippingMethod.Standard] = "Estándar",
            [ShippingMethod.Express] = "Urgente",
            [ShippingMethod.Pickup] = "Recogida en tienda",
        },
        StatusNames = new Dictionary<OrderStatus, string>
        {
            [OrderStatus.Pending] = "pendiente",
            [OrderStatus.Paid] = "pagado",
            [OrderStatus.InPreparation] = "en preparación",
            [OrderStatus.Ready] = "listo",
            [OrderStatus.Shipped] = "enviado",
            [OrderStatus.Delivered] = "entregado",
            [OrderStatus.Canceled] = "cancelado",
            [OrderStatus.Rejected] = "rechazado",
        },
        StatusSubjects = new Dictionary<OrderStatus, string>
        {
            [OrderStatus.Paid] = "Hemos recibido el pago de tu pedido {0}",
            [OrderStatus.InPreparation] = "Tu pedido {0} está en preparación",
            [OrderStatus.Ready] = "Tu pedido {0} está listo",
            [OrderStatus.Shipped] = "Tu pedido {0} ha sido enviado",
            [OrderStatus.Delivered] = "Tu pedido {0} ha sido entregado",
            [OrderStatus.Canceled] = "Tu pedido {0} ha sido cancelado",
            [OrderStatus.Rejected] = "Tu pedido {0} ha sido rechazado",
        },
        StatusMessages = new Dictionary<OrderStatus, string>
        {
            [OrderStatus.Paid] = "Hemos recibido el pago del pedido {0} y empezaremos a prepararlo en breve.",
            [OrderStatus.InPreparation] = "Estamos preparando el pedido {0}.",
            [OrderStatus.Ready] = "El pedido {0} está embalado y pronto lo entregaremos al transportista.",
            [OrderStatus.Shipped] = "El pedido {0} está en camino.",
            [OrderStatus.Delivered] = "El pedido {0} ha sido entregado. Esperamos que lo disfrutes.",
            [OrderStatus.Canceled] = "El pedido {0} ha sido cancelado.",
            [OrderStatus.Rejected] = "Lo sentimos, no hemos podido aceptar el pedido {0}.",
        },
    };

    /// <summary>The <c>lang</c> of the HTML part.</summary>
    public required string Language { get; init; }
    public required EmailFormat Format { get; init; }
    /// <summary>{0}: the customer's name.</summary>
    public required string Greeting { get; init; }
    /// <summary>{0}: the shop's name.</summary>
    public required string SignOff { get; init; }
    public required string ConfirmationSubject { get; init; }
    public required string ConfirmationIntro { get; init; }
    public required string OrderSummary { get; init; }
    public required string Product { get; init; }
    public required string Quantity { get; init; }
    public required string UnitPrice { get; init; }
    public required string Amount { get; init; }
    public required string Subtotal { get; init; }
    /// <summary>{0}: the discount code.</summary>
    public required string DiscountWithCode { get; init; }
    public required string Tax { get; init; }
    public required string Shipping { get; init; }
    public required string Total { get; init; }
    public required string ShippingAddress { get; init; }
    public required string Phone { get; init; }
    public required string ShippingMethodLabel { get; init; }
    public required string OrderNumber { get; init; }
    public required string PreviousStatus { get; init; }
    public required string NewStatus { get; init; }
    public required string Carrier { get; init; }
    public required string TrackingNumber { get; init; }
    public required string EstimatedDelivery { get; init; }
    public required string Note { get; init; }
    public required string Reason { get; init; }
    public required string ReadyForPickup { get; init; }
    /// <summary>{0}: the amount refunded.</summary>
    public required string RefundNotice { get; init; }
    public required IReadOnlyDictionary<ShippingMethod, string> ShippingMethods { get; init; }
    /// <summary>Statuses as words a customer reads ("in preparation"), never the API's snake_case.</summary>
    public required IReadOnlyDictionary<OrderStatus, string> StatusNames { get; init; }
    /// <summary>Only the statuses an order can move to; an order never moves back to pending.</summary>
    public required IReadOnlyDictionary<OrderStatus, string> StatusSubjects { get; init; }
    public required IReadOnlyDictionary<OrderStatus, string> StatusMessages { get; init; }

    /// <summary>The shop's language, or English for one we have no texts for.</summary>
    public static EmailTexts For(string? language) =>
        string.Equals(language?.Trim(), "es", StringComparison.OrdinalIgnoreCase) ? Spanish : English;

    public static string Fill(string template, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}
