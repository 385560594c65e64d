using System.Net;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>The same order with the same Idempotency-Key from many clients at once, released together.</summary>
public static class IdempotentRush
{
    public static async Task<IReadOnlyList<HttpResponseMessage>> SendAsync(IEnumerable<HttpClient> clients, object body, string key)
    {
        var start = new TaskCompletionSource();
        var sends = clients.Select(async client =>
        {
            await start.Task;
            return await client.PlaceOrderAsync(body, key);
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(sends);
    }

    /// <summary>Every answer is the one order (201, replays marked) or a 409 in progress with Retry-After; returns its id.</summary>
    public static async Task<string> ShouldBeOneOrderAsync(IReadOnlyList<HttpResponseMessage> answers)
    {
        var ids = new HashSet<string>();
        foreach (var answer in answers)
        {
            var body = await answer.Content.ReadAsStringAsync();
            answer.StatusCode.ShouldBeOneOf([HttpStatusCode.Created, HttpStatusCode.Conflict], body);
            if (answer.StatusCode == HttpStatusCode.Conflict)
            {
                var problem = await answer.ShouldBeProblemAsync(HttpStatusCode.Conflict);
                problem["code"].Str().ShouldBe("idempotency.in_progress");
                answer.Headers.RetryAfter.ShouldNotBeNull();
            }
            else
            {
                ids.Add((await answer.ReadJsonAsync())["id"].Str());
            }
        }

        answers.Count(a => a.StatusCode == HttpStatusCode.Created && !a.Headers.Contains("Idempotent-Replayed")).ShouldBe(1);
        return ids.ShouldHaveSingleItem();
    }
}
