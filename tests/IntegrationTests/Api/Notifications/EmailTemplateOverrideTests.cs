using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>A shop's own template files, from <c>Email:TemplatesPath</c>, in the emails the real SMTP server receives.</summary>
public sealed class EmailTemplateOverrideTests(EmailTemplatesApiFactory factory) : IClassFixture<EmailTemplatesApiFactory>
{
    [Fact]
    public async Task OverrideFiles_ChangeTheSubjectAndTextOfTheConfirmation_AndTheRestStaysBuiltIn()
    {
        var product = await factory.Admin().CreateProductAsync("Own-words lamp", 20m, 5);

        var order = await factory.ClientFor("own-words", email: "own-words@example.com").PlaceOrderOkAsync((product, 2));

        var mail = (await factory.MailForAsync("own-words@example.com", 1)).ShouldHaveSingleItem();
        mail.Subject.ShouldBe($"Thanks for order {order["orderNumber"].Str()} at Orders Demo Shop!", mail.Raw);
        mail.Text.ShouldNotBeNull().ShouldContain("our own words this time");
        mail.Text.ShouldContain("* 2 × Own-words lamp");
        mail.Text.ShouldContain("To pay: 43.20 USD");
        mail.Html.ShouldNotBeNull().ShouldContain("Order summary");
    }

    [Fact]
    public void ABrokenOverride_StopsTheHost_NamingTheFileAndLine()
    {
        using var broken = EmailTemplatesApiFactory.With(new Dictionary<string, string>
        {
            ["en/order_placed.text.liquid"] = "Hello {{ order.orderNumber }}\n{% if %}\nbroken\n{% endif %}\n",
        });

        var error = Should.Throw<Exception>(() => broken.CreateClient());

        var message = Messages(error);
        message.ShouldContain(Path.Combine(broken.TemplatesPath, "en", "order_placed.text.liquid") + ", line 2");
    }

    private static string Messages(Exception error) =>
        error.InnerException is null ? error.Message : error.Message + "\n" + Messages(error.InnerException);
}
