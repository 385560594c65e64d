using Mapster;

namespace Orders.Application.Outbox;

public sealed class OutboxMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<OutboxMessage, OutboxMessageDto>().Map(d => d.Status, s => s.Status.ToString().ToLowerInvariant());
}
