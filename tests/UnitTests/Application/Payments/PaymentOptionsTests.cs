using Orders.Application.Payments;
using Orders.Domain.Orders;

namespace Orders.UnitTests.Application.Payments;

public class PaymentOptionsTests
{
    [Theory]
    [InlineData(PaymentMethod.Card, 1)]
    [InlineData(PaymentMethod.Pse, 1)]
    [InlineData(PaymentMethod.BankTransfer, 7)]
    [InlineData(PaymentMethod.CashOnDelivery, 7)]
    public void ExpiryFor_ByDefault_IsADayAndAWeekForSlowMethods(PaymentMethod method, int days) =>
        new PaymentOptions().ExpiryFor(method).ShouldBe(TimeSpan.FromDays(days));

    [Fact]
    public void ExpiryFor_WhenPendingExpiryIsZero_IsNeverForEveryMethod()
    {
        var options = new PaymentOptions { PendingExpiry = TimeSpan.Zero };

        Enum.GetValues<PaymentMethod>().ShouldAllBe(m => options.ExpiryFor(m) == TimeSpan.Zero);
    }

    [Fact]
    public void ExpiryFor_AMethodKeyedInAnyCase_OverridesTheDefault()
    {
        var options = new PaymentOptions();
        options.PendingExpiryByMethod["CARD"] = TimeSpan.FromHours(2);
        options.PendingExpiryByMethod["bank_transfer"] = TimeSpan.Zero;

        options.ExpiryFor(PaymentMethod.Card).ShouldBe(TimeSpan.FromHours(2));
        options.ExpiryFor(PaymentMethod.BankTransfer).ShouldBe(TimeSpan.Zero);
        options.ExpiryFor(PaymentMethod.DebitCard).ShouldBe(TimeSpan.FromDays(1));
    }

    [Fact]
    public void Problems_NameAnUnknownMethodAndNegativeTimes()
    {
        var options = new PaymentOptions { PendingExpiry = TimeSpan.FromMinutes(-1) };
        options.PendingExpiryByMethod["paypal"] = TimeSpan.FromDays(1);

        var problems = options.Problems().ToList();

        problems.ShouldContain(p => p.Contains("Payments:PendingExpiry must be between"));
        problems.ShouldContain(p => p.Contains("Payments:PendingExpiryByMethod:paypal names no payment method"));
    }
}
