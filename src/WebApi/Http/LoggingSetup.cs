using Serilog;
using Serilog.Formatting.Json;

namespace Orders.WebApi.Http;

public static class LoggingSetup
{
    /// <summary>Serilog to the console: readable lines in Development, one JSON object per event elsewhere. Levels come
    /// from the <c>Serilog</c> configuration section.</summary>
    public static WebApplicationBuilder AddOrdersLogging(this WebApplicationBuilder builder)
    {
        var configuration = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
        configuration = builder.Environment.IsDevelopment()
            ? configuration.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            : configuration.WriteTo.Console(new JsonFormatter(renderMessage: true));
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
        return builder;
    }
}
