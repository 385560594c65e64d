using System.Net;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Api.Payments.Stripe;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Api.Edits;

/// <summary>Two edits of an unpaid Stripe order at the same version: both move the intent at Stripe before their
/// transaction, one commits and the other is stale. Whatever order the calls reached Stripe in, the intent must end at
/// the total the order asks for, or the customer is charged for an edit that never happened.</summary>
public sealed class StripeEditRaceTests(StripeApiFactory factory, ITestOutputHelper output) : IClassFixture<StripeApiFactory>
{
    [Fact]
    public async Task TwoEditsOfAnUnpaidOrderAtTheSameVersion_LeaveTheIntentAtTheWinnersTotal()
    {
        var admin = factory.Admin();
        var kept = await admin.CreateProductAsync($"Stripe race kept {Guid.NewGuid():N}", 25m, 1000);
        var other = await admin.CreateProductAsync($"Stripe race other {Guid.NewGuid():N}", 4m, 1000);
        var outcomes = new Dictionary<string, int>();
        for (var round = 0; round < EditRaces.Rounds; round++)
        {
            var placed = await factory.ClientFor($"stripe-race-{round}").PlaceOrderOkAsync((kept, 2), (other, 1));
            var order = await admin.GetOrderAsync(placed.Id());
            var intent = StripeEvents.IntentOf(order);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var one = Task.Run(async () => { await start.Task; return await factory.Admin().EditAsync(order.Id(), EditsApi.Body(EditsApi.Line(order.LineOf(kept), 3)), EditsApi.ETagOf(order)); });
            var two = Task.Run(async () => { await start.Task; return await factory.Admin().EditAsync(order.Id(), EditsApi.Body(EditsApi.Line(order.LineOf(other), 4)), EditsApi.ETagOf(order)); });
            start.SetResult();
            var answers = new[] { await one, await two };

            var where = $"round {round}";
            // The loser is stale (412) or, when its save met the winner's after it had moved the intent, 409: it is not run again.
            answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1, where);
            var lost = answers.Single(a => a.StatusCode != HttpStatusCode.OK);
            lost.StatusCode.ShouldBeOneOf([HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict], where);
            var outcome = $"{(answers[0].StatusCode == HttpStatusCode.OK ? "first" : "second")} won, loser {(int)lost.StatusCode}";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            var stored = await admin.GetOrderAsync(order.Id());
            stored["edits"]!.AsArray().Count.ShouldBe(1, where);
            Stripe(intent).ShouldBe((long)(stored["total"].Dec() * 100m), $"{where}: the intent's amount at Stripe against the order's total");
        }

        foreach (var (outcome, count) in outcomes) output.WriteLine($"{count,3} × {outcome}");
    }

    private long Stripe(string intent) => factory.Stripe.CreatedIntents[intent].Amount;
}
