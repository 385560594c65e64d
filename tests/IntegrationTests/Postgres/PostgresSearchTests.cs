using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

public sealed class PostgresSearchTests(PostgresApiFactory factory) : IClassFixture<PostgresApiFactory>
{
    [Fact]
    public async Task AdminSearch_FoldsCaseOfAccentedNames_OnAUtf8Database()
    {
        var admin = factory.Admin();
        var product = await admin.CreateProductAsync("Ñandú Édition PG", 10m, 10);
        var order = await factory.ClientFor("pg-accent").PlaceOrderOkAsync((product, 1));

        foreach (var q in new[] { "ñandú", "ÉDITION PG" })
        {
            var found = await (await admin.GetAsync($"/api/admin/orders?q={Uri.EscapeDataString(q)}")).ShouldBeAsync(HttpStatusCode.OK);
            found["items"]!.AsArray().Select(o => o!["id"].Str()).ShouldBe([order["id"].Str()]);
        }
    }
}
