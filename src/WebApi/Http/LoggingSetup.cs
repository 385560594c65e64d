using System.Diagnostics;
using System.Security.Claims;
using Serilog;
using Serilog.Configuration;
using Serilog.Formatting.Json;

namespace Orders.WebApi.Http;

public static class LoggingSetup
{
    /// <summary>Serilog to the console: readable lines in Development, one JSON object per event elsewhere. Levels come
    /// from the <c>Serilog</c> configuration section; sinks or enrichers registered in DI join in.</summary>
    public static WebApplicationBuilder AddOrdersLogging(this WebApplicationBuilder builder)
    {
        // Each host builds and disposes its own logger and leaves the static Log.Logger alone: several hosts in one
        // process (the integration tests' factories) would otherwise write to, and close, one another's logger.
        builder.Host.UseSerilog((context, services, logger) =>
        {
            logger.ReadFrom.Configuration(context.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            // Off the request path: a console write takes a lock that every request would otherwise wait on.
            if (context.HostingEnvironment.IsDevelopment())
                logger.WriteTo.Async(a => a.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}"));
            else
                logger.WriteTo.Sink(BatchedConsoleSink.ToStandardOutput(new JsonFormatter(renderMessage: true)),
                    new BatchingOptions { BufferingTimeLimit = BatchedConsoleSink.Lag });
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One event per request: method, path, status and elapsed milliseconds, with the caller's user id (the
    /// <c>sub</c> claim) and the trace id. 5xx responses and unhandled exceptions log as errors.</summary>
    public static IApplicationBuilder UseOrdersRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // Without it the middleware would write to the static logger, which this host does not use.
            o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            o.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("TraceId", Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
                var userId = http.User.FindFirstValue("sub") ?? http.User.FindFirstValue(ClaimTypes.NameIdentifier);
                if (userId is not null) diagnostics.Set("UserId", userId);
            };
        });
}
