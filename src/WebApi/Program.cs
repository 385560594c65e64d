using Orders.Application;
using Orders.Infrastructure;
using Orders.Infrastructure.Persistence;
using Orders.Infrastructure.Telemetry;
using Orders.WebApi.Endpoints;
using Orders.WebApi.Http;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

var builder = WebApplication.CreateBuilder(args);
builder.AddOrdersLogging();

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
// Health probes come every few seconds from the platform: traces of them would bury the requests worth reading.
builder.Services.AddOrdersTelemetry(builder.Configuration,
    t => t.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health")),
    m => m.AddAspNetCoreInstrumentation());
builder.Services.AddOrdersAuth(builder.Configuration, builder.Environment);
builder.Services.AddOrdersForwardedHeaders(builder.Configuration);
builder.Services.AddOrdersRateLimiting(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddSingleton<IProblemDetailsWriter, JsonProblemDetailsWriter>();
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.AddHealthChecks().AddDbContextCheck<OrdersDbContext>("database", tags: ["ready"])
    .AddCheck<SchemaHealthCheck>("schema", tags: ["ready"]).AddCheck<WriterHealthCheck>("writer", tags: ["ready"]);
builder.Services.AddOpenApi(o => o.AddDocumentTransformer<OpenApiDocumentInfo>());
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);

var app = builder.Build();

// Settings are checked before the database is touched: a host that cannot run changes nothing.
app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
await app.Services.InitializeDatabaseAsync(
    seedDemoData: app.Configuration.GetValue("Database:SeedDemoData", app.Environment.IsDevelopment()));

app.UseForwardedHeaders();
app.UseOrdersRequestLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestBodyLimit();
app.UseAuthentication();
app.UseOrdersRateLimiting();
app.UseAuthorization();

// The document maps every route and parameter: a production shop publishes it only by choice.
if (app.Configuration.GetValue("OpenApi:Enabled", app.Environment.IsDevelopment()))
{
    app.MapOpenApi().AllowAnonymous();
    app.UseSwaggerUI(o => o.SwaggerEndpoint("/openapi/v1.json", "Orders API v1"));
}

app.MapHealthEndpoints();
app.MapOrderEndpoints();
app.MapRefundEndpoints();
app.MapEditEndpoints();
app.MapCreditNoteEndpoints();
app.MapAdminOrderEndpoints();
app.MapShipmentEndpoints();
app.MapPaymentEndpoints();
app.MapWebhookEndpoints();
app.MapOutboxEndpoints();
app.MapProductEndpoints();
app.MapDiscountEndpoints();
app.MapReturnEndpoints();
app.MapNoteEndpoints();

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
