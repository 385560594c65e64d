using Serilog;
using Serilog.Formatting.Json;

namespace Orders.Worker;

public static class WorkerLogging
{
    /// <summary>Serilog to the console as the API logs: readable lines in Development, one JSON object per event
    /// elsewhere, levels from the <c>Serilog</c> section. Written synchronously: the worker logs little, and a
    /// <c>migrate</c> that fails must have said why before the process exits.</summary>
    public static HostApplicationBuilder AddWorkerLogging(this HostApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (development)
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            else
                logger.WriteTo.Console(new JsonFormatter(renderMessage: true));
        }, preserveStaticLogger: true);
        return builder;
    }
}
