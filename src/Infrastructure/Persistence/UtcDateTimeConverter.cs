using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Orders.Infrastructure.Persistence;

public sealed class UtcDateTimeConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
