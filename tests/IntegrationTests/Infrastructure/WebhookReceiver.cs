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
/// status codes it is told to, in order, then 200. It can be stopped (connections refused) and started again on the
/// same port, keeping what it received.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> _answers = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private WebApplication? _app;
    private int _port;

    private WebhookReceiver()
    {
    }

    public string Url { get; private set; } = "";

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        await receiver.ListenAsync();
        return receiver;
    }

    /// <summary>Stops listening: deliveries are refused until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_app is null) return;
        await _app.DisposeAsync();
        _app = null;
    }

    /// <summary>Listens again on the port of the first start, so subscriptions keep working.</summary>
    public Task RestartAsync() => _app is null ? ListenAsync() : Task.CompletedTask;

    private async Task ListenAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{_port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            _received.Enqueue(new ReceivedWebhook(body, request.Headers["Orders-Signature"].ToString(), DateTimeOffset.UtcNow));
            return Results.StatusCode(_answers.TryDequeue(out var status) ? status : 200);
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        _port = address.Port;
        Url = $"http://127.0.0.1:{_port}/hook";
        _app = app;
    }

    /// <summary>The next deliveries get these status codes, one each, before the receiver answers 200 again.</summary>
    public void AnswerNext(params int[] statusCodes)
    {
        foreach (var status in statusCodes) _answers.Enqueue(status);
    }

    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> done, TimeSpan? timeout = null)
    {
        await Eventually.TrueAsync(
            () => Task.FromResult(done(Received)), timeout ?? Eventually.DefaultTimeout, () => $"the webhooks waited for (received so far: {Received.Count})");
        return Received;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

public sealed record ReceivedWebhook(string Body, string Signature, DateTimeOffset At);
