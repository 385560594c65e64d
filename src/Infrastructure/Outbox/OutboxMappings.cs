using Mapster;
using Orders.Application.Outbox;

namespace Orders.Infrastructure.Outbox;

internal sealed class OutboxMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<OutboxMessage, OutboxMessageDto>().Map(d => d.Status, s => s.Status.ToString().ToLowerInvariant());
}
