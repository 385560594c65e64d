using Orders.Application;
using Orders.Infrastructure;
using Orders.Infrastructure.Telemetry;
using Orders.Worker;

// `migrate` is a command, not a setting: it is taken off before the rest of the arguments become configuration.
var migrate = args is ["migrate", ..];
var builder = Host.CreateApplicationBuilder(migrate ? args[1..] : args);
builder.AddWorkerLogging();
// Sending the outbox is what this host is for: a settings file shared with an API whose own dispatcher is switched off
// must not switch it off here.
builder.Configuration.AddInMemoryCollection([new("Outbox:DispatcherEnabled", "true")]);
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddOrdersTelemetry(builder.Configuration);

using var host = builder.Build();
return migrate ? await WorkerCommands.MigrateAsync(host) : await WorkerCommands.RunAsync(host);
