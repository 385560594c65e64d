using Orders.Infrastructure.Localization;
using Orders.Infrastructure.Email.Templates;
using Orders.Infrastructure.Email.Templates.Model;

namespace Orders.UnitTests.Infrastructure.Email;

/// <summary>Loading the template set: the shop's own files replace built-in ones by name, and any problem is refused at
/// load time with the file (and, for syntax, the line) it is in.</summary>
public sealed class EmailTemplatesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orders-templates-").FullName;

    [Fact]
    public void Load_WhenOverrideFile_ReplacesThatPartOnly()
    {
        Write("en/order_placed.subject.liquid", "Thanks from {{ shop.name }}: {{ order.orderNumber }}, {{ order.total | money }}");

        var email = EmailTemplates.Load(_directory).Render(ShopLanguage.English, EmailTemplateNames.OrderPlaced, Model());

        email.Subject.ShouldBe("Thanks from Lamp & Co: 2026-11-0001, 1,234.50 USD");
        email.Text.ShouldContain("Thank you for your order.");
    }

    [Fact]
    public void Load_WhenOverrideDoesNotParse_ThrowsNamingFileAndLine()
    {
        Write("es/status_changed.text.liquid", "Hola\n\n{% if %}roto{% endif %}\n");

        var error = Should.Throw<InvalidOperationException>(() => EmailTemplates.Load(_directory));

        error.Message.ShouldContain(Path.Combine(_directory, "es", "status_changed.text.liquid") + ", line 3");
    }

    [Fact]
    public void Load_WhenOverrideMatchesNoTemplate_ThrowsNamingIt()
    {
        Write("en/order_place.subject.liquid", "Typo");

        var error = Should.Throw<InvalidOperationException>(() => EmailTemplates.Load(_directory));

        error.Message.ShouldContain("order_place.subject.liquid: replaces no template");
    }

    [Fact]
    public void Load_WhenDirectoryMissing_Throws()
    {
        Should.Throw<InvalidOperationException>(() => EmailTemplates.Load(Path.Combine(_directory, "nowhere")))
            .Message.ShouldContain("Email:TemplatesPath");
    }

    [Fact]
    public void Render_HtmlPartEncodesValues_SubjectAndTextDoNot()
    {
        Write("en/order_placed.subject.liquid", "{{ shop.name }}");
        Write("en/order_placed.text.liquid", "{{ shop.name }}");
        Write("en/order_placed.html.liquid", "<p>{{ shop.name }}</p>");

        var email = EmailTemplates.Load(_directory).Render(ShopLanguage.English, EmailTemplateNames.OrderPlaced, Model());

        email.Subject.ShouldBe("Lamp & Co");
        email.Text.ShouldBe("Lamp & Co\n");
        email.Html.ShouldBe("<p>Lamp &amp; Co</p>");
    }

    [Theory]
    [InlineData("en", "1,234.50 USD")]
    [InlineData("es", "1.234,50 USD")]
    [InlineData("fr", "1,234.50 USD")]
    public void Money_IsFormattedInTheLanguage_WithTheOrdersCurrency(string language, string expected)
    {
        Write($"{ShopLanguage.For(language).Code}/order_placed.subject.liquid", "{{ order.total | money }}|{{ order.total | money: \"EUR\" }}");

        var email = EmailTemplates.Load(_directory).Render(ShopLanguage.For(language), EmailTemplateNames.OrderPlaced, Model());

        email.Subject.ShouldBe(expected + "|" + expected[..^3] + "EUR");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void Write(string file, string content)
    {
        var path = Path.Combine(_directory, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static EmailModel Model() => new(
        new EmailOrder(
            "order-1", "2026-11-0001", "pending", [new EmailOrderItem("product-1", "Lamp", null, 1234.50m, 1, 1234.50m)],
            1234.50m, null, 0m, 0m, 0m, 1234.50m, "USD",
            new EmailShippingAddress("Ada Lovelace", "12 St James's Square", "London", "SW1Y 4JH", "United Kingdom", null),
            "standard", null, null, new EmailPayment("card", "requires_payment", null, null), null,
            new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), null, null, null, null, null, null),
        new EmailShop("Lamp & Co", "en", "USD"),
        null, null, null);
}
