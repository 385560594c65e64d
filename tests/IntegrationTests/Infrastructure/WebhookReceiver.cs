using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>A real HTTP endpoint (Kestrel on 127.0.0.1) that records every webhook it receives and answers with the
/// status codes it is told to, in order, then 200.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            receiver._received.Enqueue(new ReceivedWebhook(body, request.Headers["Orders-Signature"].ToString(), DateTimeOffset.UtcNow));
            return Results.StatusCode(receiver._answers.TryDequeue(out var status) ? status : 200);
        });
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = $"{address}/hook";
        return receiver;
    }

    /// <summary>The next deliveries get these status codes, one each, before the receiver answers 200 again.</summary>
    public void AnswerNext(params int[] statusCodes)
    {
        foreach (var status in statusCodes) _answers.Enqueue(status);
    }

    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!done(Received))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Webhooks received so far: {Received.Count}");
            await Task.Delay(50);
        }

        return Received;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record ReceivedWebhook(string Body, string Signature, DateTimeOffset At);
