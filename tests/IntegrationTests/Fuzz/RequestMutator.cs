using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Orders.IntegrationTests.Fuzz;

/// <summary>Builds one request for an operation from a seeded <see cref="Random"/>: a valid request from the document's
/// schemas, then mutated — odd path ids, odd query values, odd headers, and bodies with wrong types, missing and extra
/// fields, odd numbers and Unicode, long strings, broken JSON, the wrong shape, the wrong content type. The same
/// random sequence gives the same request. The document does not describe the body of <paramref name="signedPath"/>
/// (the payment provider's events, read raw to check their signature): it gets an event to mutate, signed most times.</summary>
public sealed class RequestMutator(OpenApiOperations document, FuzzTargets targets, string signedPath)
{
    private const string ObjectType = "object";

    public FuzzRequest Create(int caseNumber, OpenApiOperation operation, Random random)
    {
        var mutations = new List<string>();
        var caller = PickCaller(random);
        var url = Path(operation, random, mutations) + Query(operation, random, mutations);
        var headers = Headers(operation, random, mutations);
        var (body, contentType, chunked) = Body(operation, random, mutations);
        var signed = operation.PathTemplate == signedPath && random.Chance(0.7);
        if (operation.PathTemplate == signedPath && !signed) mutations.Add("not signed");
        if (mutations.Count == 0) mutations.Add("none (a valid request)");
        return new FuzzRequest(caseNumber, operation, caller, url, headers, body, contentType, chunked, signed, mutations);
    }

    /// <summary>Admins half the time, since most operations are theirs and a 403 tests nothing past the door.</summary>
    private static FuzzCaller PickCaller(Random random) => random.Next(20) switch
    {
        < 2 => FuzzCaller.Anonymous,
        < 7 => FuzzCaller.User,
        < 8 => FuzzCaller.OtherUser,
        < 18 => FuzzCaller.Admin,
        _ => FuzzCaller.BadToken,
    };

    private string Path(OpenApiOperation operation, Random random, List<string> mutations)
    {
        var path = operation.PathTemplate;
        foreach (var parameter in operation.In("path"))
        {
            var known = targets.IdsFor(operation.PathTemplate);
            string value;
            if (known.Count > 0 && random.Chance(0.35)) value = Escape(random.Pick(known));
            else if (random.Chance(0.7))
            {
                value = random.Pick(FuzzValues.EncodedIds);
                mutations.Add($"path {parameter.Name}={Short(value)}");
            }
            else
            {
                var raw = random.Pick(FuzzValues.RawIds);
                value = Escape(raw);
                mutations.Add($"path {parameter.Name}=unicode/long ({raw.Length} chars)");
            }

            path = path.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
        }

        if (random.Chance(0.04))
        {
            var (shape, changed) = random.Next(4) switch
            {
                0 => ("trailing slash", path + "/"),
                1 => ("double slash", path.Replace("/api/", "/api//", StringComparison.Ordinal)),
                2 => ("upper case", path.ToUpperInvariant()),
                _ => ("dot segment", path.Replace("/api/", "/api/./", StringComparison.Ordinal)),
            };
            mutations.Add($"path {shape}");
            path = changed;
        }

        return path;
    }

    private string Query(OpenApiOperation operation, Random random, List<string> mutations)
    {
        // One or two odd values among valid ones, so an odd dateTo is not hidden behind an odd page that answers 400 first.
        var pairs = new List<string>();
        var declared = operation.In("query").ToList();
        var odd = declared.Count == 0 || random.Chance(0.15) ? [] : declared.OrderBy(_ => random.Next()).Take(random.Chance(0.7) ? 1 : 2).ToList();
        foreach (var parameter in declared)
        {
            if (!odd.Contains(parameter))
            {
                if (random.Chance(0.5)) pairs.Add($"{Escape(parameter.Name)}={Escape(ValidQuery(parameter, random))}");
                continue;
            }

            var value = OddQuery(parameter, random);
            mutations.Add($"query {parameter.Name}={Short(value)}");
            pairs.Add($"{Escape(parameter.Name)}={Escape(value)}");
        }

        if (random.Chance(0.08))
        {
            var (name, value) = (random.Pick(FuzzValues.PropertyNames), random.Pick(FuzzValues.Strings));
            mutations.Add($"extra query {Short(name)}");
            pairs.Add($"{Escape(name)}={Escape(value)}");
        }

        if (pairs.Count > 0 && random.Chance(0.05))
        {
            mutations.Add("query repeats a parameter");
            pairs.Add(pairs[random.Next(pairs.Count)].Split('=')[0] + "=" + Escape(random.Pick(FuzzValues.QueryIntegers)));
        }

        if (random.Chance(0.03))
        {
            var raw = random.Pick(new[] { "page", "page=", "=1", "&&", "limit=%FF", "page=%00", "q=%", "dateFrom=%ED%A0%80", "a[]=1&a[]=2" });
            mutations.Add($"raw query {raw}");
            pairs.Add(raw);
        }

        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    private static string ValidQuery(OpenApiParameter parameter, Random random)
    {
        var name = parameter.Name.ToLowerInvariant();
        if (name.Contains("date", StringComparison.Ordinal)) return random.Pick(new[] { "2026-03-02", "2026-01-01T00:00:00Z", "2027-12-31" });
        return name switch
        {
            "page" => random.Next(1, 4).ToString(CultureInfo.InvariantCulture),
            "limit" => random.Pick(new[] { "1", "10", "100" }),
            "status" => random.Pick(new[] { "pending", "paid", "canceled", "sent", "dead" }),
            "sortby" => random.Pick(new[] { "newest", "oldest" }),
            "q" => random.Pick(new[] { "Fuzz", "2026", "lamp" }),
            "userid" => "fuzz-user",
            _ => SchemaType(parameter.Schema) switch
            {
                "integer" or "number" => random.Next(1, 10).ToString(CultureInfo.InvariantCulture),
                "boolean" => random.Chance(0.5) ? "true" : "false",
                _ => "fuzz",
            },
        };
    }

    private static string OddQuery(OpenApiParameter parameter, Random random)
    {
        if (random.Chance(0.15)) return random.Pick(FuzzValues.Strings);
        if (parameter.Name.Contains("date", StringComparison.OrdinalIgnoreCase)) return random.Pick(FuzzValues.Dates);
        return SchemaType(parameter.Schema) switch
        {
            "integer" or "number" => random.Pick(FuzzValues.QueryIntegers),
            "boolean" => random.Pick(FuzzValues.QueryBooleans),
            _ => random.Chance(0.2) ? random.Pick(FuzzValues.Dates) : random.Pick(FuzzValues.Strings),
        };
    }

    private static List<KeyValuePair<string, string>> Headers(OpenApiOperation operation, Random random, List<string> mutations)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var parameter in operation.In("header"))
        {
            var roll = random.NextDouble();
            if (roll < 0.4) continue;
            var value = roll < 0.7 ? $"fuzz-{random.Next():x}" : random.Chance(0.2) ? new string('k', FuzzValues.LongStringLength) : random.Pick(FuzzValues.Strings);
            if (roll >= 0.7) mutations.Add($"header {parameter.Name}={Short(value)}");
            headers.Add(new(parameter.Name, value));
        }

        if (random.Chance(operation.Method is "GET" ? 0.05 : 0.25))
        {
            var value = random.Pick(FuzzValues.IfMatch);
            mutations.Add($"If-Match: {value}");
            headers.Add(new("If-Match", value));
        }

        if (random.Chance(0.05))
        {
            var (name, value) = random.Pick(new (string, string)[]
            {
                ("Accept", "application/xml"), ("Accept", "text/html;q=0, */*;q=0"), ("Accept-Language", "zz-ZZ, *;q=abc"),
                ("X-Forwarded-For", "not-an-ip, 999.1.1.1"), ("Content-Encoding", "gzip"), ("Accept-Charset", "utf-7"),
                ("X-HTTP-Method-Override", "DELETE"), ("Idempotency-Key", ""), ("If-None-Match", "*"),
            });
            mutations.Add($"header {name}: {value}");
            headers.Add(new(name, value));
        }

        return headers;
    }

    private (byte[]? Body, string? ContentType, bool Chunked) Body(OpenApiOperation operation, Random random, List<string> mutations)
    {
        var payment = operation.PathTemplate == signedPath;
        var declared = operation.BodySchema is not null || payment;
        var writes = operation.Method is "POST" or "PUT" or "PATCH";
        if (!declared && random.Chance(writes ? 0.5 : 0.9)) return (null, null, false);

        string? contentType = operation.BodyContentType ?? "application/json";
        var value = operation.BodySchema is { } schema ? Valid(schema, random, "", 0) : payment ? PaymentEvent(random) : Anything(random, 0);
        string text;
        byte[]? bytes = null;
        var chunked = false;
        var roll = random.Next(100);
        switch (roll)
        {
            case < 15:
                text = FuzzJson.Write(value);
                if (!declared) mutations.Add("a body the operation does not declare");
                break;
            case < 55:
                var count = random.Next(1, 4);
                for (var i = 0; i < count; i++) value = Mutate(value, random, mutations);
                text = FuzzJson.Write(value, escapeNonAscii: random.Chance(0.1));
                break;
            case < 63:
                (value, var shape) = WrongShape(value, random);
                mutations.Add($"body shape: {shape}");
                text = FuzzJson.Write(value);
                break;
            case < 73:
                if (random.Chance(0.3))
                {
                    var whole = FuzzJson.Write(value);
                    text = whole[..random.Next(whole.Length)];
                    mutations.Add($"body cut at {text.Length} of {whole.Length} chars");
                }
                else
                {
                    text = random.Pick(FuzzValues.BrokenJson);
                    mutations.Add($"broken JSON {Short(text)}");
                }

                break;
            case < 78:
                text = FuzzJson.Write(value);
                var bad = random.Pick(FuzzValues.InvalidUtf8);
                var at = text.IndexOf('"', StringComparison.Ordinal) + 1;
                bytes = [.. Encoding.UTF8.GetBytes(text[..at]), .. bad, .. Encoding.UTF8.GetBytes(text[at..])];
                mutations.Add($"invalid UTF-8 {Convert.ToHexString(bad)} at byte {at}");
                break;
            case < 84:
                value = EveryString(value, _ => random.Pick(FuzzValues.Strings));
                mutations.Add("every string odd");
                text = FuzzJson.Write(value);
                break;
            case < 88:
                value = EveryString(value, _ => LongString(random, FuzzValues.LongStringLength));
                mutations.Add("every string 10 KB");
                text = FuzzJson.Write(value);
                break;
            case < 93:
                (text, var how) = Huge(value, random);
                chunked = random.Chance(0.3);
                mutations.Add($"huge body ({how}){(chunked ? ", chunked" : "")}");
                break;
            case < 97:
                text = FuzzJson.Write(value);
                contentType = random.Pick(FuzzValues.ContentTypes);
                mutations.Add($"content type {contentType}");
                break;
            default:
                text = "";
                mutations.Add("empty body");
                break;
        }

        if (random.Chance(0.04))
        {
            contentType = random.Chance(0.5) ? random.Pick(FuzzValues.ContentTypes) : null;
            mutations.Add($"content type {contentType ?? "missing"}");
        }

        bytes ??= Encoding.UTF8.GetBytes(text);
        if (random.Chance(0.02))
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
            mutations.Add("UTF-8 byte order mark");
        }

        return (bytes, contentType, chunked);
    }

    /// <summary>A value the schema accepts, with plausible content for the fields the API knows by name.</summary>
    private object? Valid(JsonElement schema, Random random, string name, int depth)
    {
        schema = document.Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object || depth > 8) return null;
        foreach (var union in new[] { "oneOf", "anyOf" })
        {
            if (!schema.TryGetProperty(union, out var variants)) continue;
            var usable = variants.EnumerateArray().Where(v => SchemaType(document.Resolve(v)) != "null").ToList();
            return usable.Count == 0 ? null : Valid(random.Pick(usable), random, name, depth + 1);
        }

        if (schema.TryGetProperty("allOf", out var all) && all.GetArrayLength() > 0) return Valid(all[0], random, name, depth + 1);
        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
            return values[random.Next(values.GetArrayLength())].GetString();

        switch (SchemaType(schema))
        {
            case ObjectType:
                var members = new List<KeyValuePair<string, object?>>();
                if (schema.TryGetProperty("properties", out var properties))
                    foreach (var property in properties.EnumerateObject())
                        members.Add(new(property.Name, Valid(property.Value, random, property.Name, depth + 1)));
                return members;
            case "array":
                var items = new List<object?>();
                var itemSchema = schema.TryGetProperty("items", out var declared) ? declared : default;
                var count = random.Next(1, 3);
                for (var i = 0; i < count; i++) items.Add(KnownArrayItem(name, random) ?? Valid(itemSchema, random, name, depth + 1));
                return items;
            case "integer":
                return name switch
                {
                    "quantity" => random.Next(1, 3),
                    "rating" => random.Next(1, 6),
                    "stock" => random.Next(0, 100),
                    "maxRedemptions" => random.Next(1, 10),
                    _ => random.Next(1, 10),
                };
            case "number":
                return name switch
                {
                    "percentOff" => 10,
                    "amountOff" => 5.5m,
                    _ => Math.Round((decimal)random.Next(100, 100_000) / 100, 2),
                };
            case "boolean":
                return random.Chance(0.5);
            default:
                return schema.TryGetProperty("format", out var format) && format.GetString() == "date-time"
                    ? random.Pick(new[] { "2026-03-02T09:00:00Z", "2027-01-01T00:00:00Z" })
                    : KnownString(name, random);
        }
    }

    private static object? KnownArrayItem(string name, Random random) => name switch
    {
        "events" => random.Pick(new[] { "order.created", "order.status_changed" }),
        "images" => "https://img.invalid/fuzz.png",
        _ => null,
    };

    private string KnownString(string name, Random random)
    {
        var products = targets.Ids("/api/products");
        var orders = targets.Ids("/api/orders");
        return name switch
        {
            "productId" when products.Count > 0 => random.Pick(products),
            "orderId" when orders.Count > 0 => random.Pick(orders),
            "url" => "http://hook.invalid/fuzz",
            "secret" => "fuzz-secret-0123456789",
            "code" or "discountCode" => $"FUZZ{random.Next(1000)}",
            "country" => "ES",
            "currency" => "USD",
            "fullName" => "Ana García",
            "trackingNumber" => "1Z999",
            "shippingCarrier" => "UPS",
            _ => "fuzz text",
        };
    }

    /// <summary>A payment provider event as API.md describes it, for one of the orders when an intent is known.</summary>
    private object? PaymentEvent(Random random)
    {
        var intents = targets.Ids("intents");
        return FuzzJson.Object(
            ("id", $"evt_fuzz_{random.Next()}"),
            ("type", random.Pick(new[] { "payment.succeeded", "payment.failed", "refund.succeeded" })),
            ("created", 1772442000),
            ("data", FuzzJson.Object(
                ("intentId", intents.Count > 0 && random.Chance(0.8) ? random.Pick(intents) : $"pi_fuzz_{random.Next()}"),
                ("transactionId", $"tx_fuzz_{random.Next()}"),
                ("amount", random.Chance(0.5) ? 21.59m : Math.Round((decimal)random.Next(1, 100_000) / 100, 2)),
                ("currency", random.Chance(0.8) ? "USD" : "EUR"),
                ("failureReason", random.Chance(0.5) ? null : "card_declined"))));
    }

    /// <summary>Some JSON value of any kind, for operations whose body the document does not describe.</summary>
    private static object? Anything(Random random, int depth) => random.Next(depth > 2 ? 4 : 7) switch
    {
        0 => null,
        1 => random.Pick(FuzzValues.Strings),
        2 => new RawJson(random.Pick(FuzzValues.Numbers)),
        3 => random.Chance(0.5),
        4 => new List<object?> { Anything(random, depth + 1), Anything(random, depth + 1) },
        _ => FuzzJson.Object(
            ("id", $"evt_{random.Next()}"), ("type", random.Pick(new[] { "payment.succeeded", "payment.failed", "refund.succeeded", "x" })),
            ("created", new RawJson(random.Pick(FuzzValues.Numbers))), ("data", Anything(random, depth + 1))),
    };

    /// <summary>One change somewhere in the tree: a field removed, nulled, of another type, odd, long or extra.</summary>
    private static object? Mutate(object? root, Random random, List<string> mutations)
    {
        var slots = new List<(object Container, int Index, string Path)>();
        Collect(root, "$", slots);
        if (slots.Count == 0 || random.Chance(0.05))
        {
            var (replaced, shape) = WrongShape(root, random);
            mutations.Add($"body shape: {shape}");
            return replaced;
        }

        var (container, index, path) = random.Pick(slots);
        var current = Get(container, index);
        var kind = random.Next(12);
        switch (kind)
        {
            case 0 when container is List<KeyValuePair<string, object?>> missing:
                missing.RemoveAt(index);
                mutations.Add($"missing {path}");
                return root;
            case 1:
                Set(container, index, null);
                mutations.Add($"null {path}");
                return root;
            case 2 or 3:
                var wrong = WrongType(current, random);
                Set(container, index, wrong);
                mutations.Add($"wrong type {path}={Short(FuzzJson.Write(wrong))}");
                return root;
            case 4 or 5:
                var odd = random.Pick(FuzzValues.Strings);
                Set(container, index, odd);
                mutations.Add($"odd string {path}={Short(FuzzJson.Write(odd))}");
                return root;
            case 6 or 7:
                var number = random.Pick(FuzzValues.Numbers);
                Set(container, index, random.Chance(0.15) ? number : new RawJson(number));
                mutations.Add($"number {path}={number}");
                return root;
            case 8:
                var date = random.Pick(FuzzValues.Dates);
                Set(container, index, date);
                mutations.Add($"date {path}={date}");
                return root;
            case 9:
                Set(container, index, LongString(random, FuzzValues.LongStringLength));
                mutations.Add($"10 KB string {path}");
                return root;
            case 10 when current is List<object?> array:
                var (changed, how) = MutateArray(array, random);
                Set(container, index, changed);
                mutations.Add($"array {path}: {how}");
                return root;
            default:
                var target = current as List<KeyValuePair<string, object?>> ?? container as List<KeyValuePair<string, object?>>
                    ?? root as List<KeyValuePair<string, object?>>;
                if (target is null) goto case 1;
                var extra = random.Chance(0.3) && target.Count > 0 ? target[random.Next(target.Count)].Key : random.Pick(FuzzValues.PropertyNames);
                target.Add(new(extra, Anything(random, 0)));
                mutations.Add($"extra or duplicate field {Short(FuzzJson.Write(extra))}");
                return root;
        }
    }

    private static (object? Value, string How) MutateArray(List<object?> array, Random random) => random.Next(5) switch
    {
        0 => (new List<object?>(), "empty"),
        1 => ([.. array, null], "null element"),
        2 => ([.. array, random.Pick(FuzzValues.Strings)], "string element"),
        3 => ([.. Enumerable.Repeat(array.Count > 0 ? array[0] : null, 1000)], "1000 copies of the first element"),
        _ => ([.. array, .. array], "every element twice"),
    };

    private static object? WrongType(object? current, Random random)
    {
        var choices = new List<Func<object?>>
        {
            () => random.Pick(FuzzValues.Strings),
            () => new RawJson(random.Pick(FuzzValues.Numbers)),
            () => random.Chance(0.5),
            () => new List<object?> { current },
            () => FuzzJson.Object(("value", current)),
            () => new List<object?>(),
            () => FuzzJson.Object(),
        };
        var kind = current switch
        {
            string => 0,
            RawJson or int or decimal => 1,
            bool => 2,
            List<object?> => 5,
            List<KeyValuePair<string, object?>> => 6,
            _ => -1,
        };
        if (kind >= 0) choices.RemoveAt(kind);
        return random.Pick(choices)();
    }

    private static (object? Value, string Shape) WrongShape(object? value, Random random) => random.Next(7) switch
    {
        0 => (new List<object?> { value }, "wrapped in an array"),
        1 => (new List<object?>(), "empty array"),
        2 => (random.Pick(FuzzValues.Strings), "a string"),
        3 => (new RawJson(random.Pick(FuzzValues.Numbers)), "a number"),
        4 => (null, "null"),
        5 => (Nested(random.Next(2, 8) * 10, random.Chance(0.5)), "nested deep"),
        _ => (Nested(random.Next(1, 5) * 1000, random.Chance(0.5)), "nested thousands deep"),
    };

    private static object? Nested(int depth, bool arrays)
    {
        object? value = "bottom";
        for (var i = 0; i < depth; i++) value = arrays ? new List<object?> { value } : FuzzJson.Object(("items", value));
        return value;
    }

    private static (string Text, string How) Huge(object? value, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                var padded = FuzzJson.Write(value);
                return (new string(' ', FuzzValues.HugeBodyLength) + padded, "leading white space");
            case 1:
                return (FuzzJson.Write(EveryString(value, _ => LongString(random, FuzzValues.HugeBodyLength))), "every string 100 KB");
            case 2:
                var many = Enumerable.Range(0, 5000).Select(_ => (object?)FuzzJson.Object(("productId", "p"), ("quantity", 1))).ToList();
                var members = value as List<KeyValuePair<string, object?>> ?? [];
                return (FuzzJson.Write(FuzzJson.Object(
                    [.. members.Select(m => (m.Key, m.Value is List<object?> ? many : m.Value)), ("items", many)])), "5,000 array elements");
            default:
                return (FuzzJson.Write(FuzzJson.Object(("padding", LongString(random, FuzzValues.HugeBodyLength)), ("value", value))), "a 100 KB extra field");
        }
    }

    private static string LongString(Random random, int length)
    {
        var unit = random.Pick(new[] { "a", "é", "😀", "\u202E", "\0", "e\u0301", "'", "\\", "\ud800" });
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length) text.Append(unit);
        return text.ToString();
    }

    private static object? EveryString(object? value, Func<string, string> replace) => value switch
    {
        string s => replace(s),
        List<object?> items => items.Select(i => EveryString(i, replace)).ToList(),
        List<KeyValuePair<string, object?>> members => members.Select(m => new KeyValuePair<string, object?>(m.Key, EveryString(m.Value, replace))).ToList(),
        _ => value,
    };

    private static void Collect(object? value, string path, List<(object Container, int Index, string Path)> slots)
    {
        switch (value)
        {
            case List<KeyValuePair<string, object?>> members:
                for (var i = 0; i < members.Count; i++)
                {
                    var child = $"{path}.{members[i].Key}";
                    slots.Add((members, i, child));
                    Collect(members[i].Value, child, slots);
                }

                break;
            case List<object?> items:
                for (var i = 0; i < items.Count; i++)
                {
                    var child = $"{path}[{i}]";
                    slots.Add((items, i, child));
                    Collect(items[i], child, slots);
                }

                break;
        }
    }

    private static object? Get(object container, int index) => container switch
    {
        List<KeyValuePair<string, object?>> members => members[index].Value,
        List<object?> items => items[index],
        _ => throw new ArgumentException("Not a container.", nameof(container)),
    };

    private static void Set(object container, int index, object? value)
    {
        if (container is List<KeyValuePair<string, object?>> members) members[index] = new(members[index].Key, value);
        else if (container is List<object?> items) items[index] = value;
    }

    /// <summary>The first non-null type a schema names (<c>["null", "integer", "string"]</c> → integer); object when it
    /// has properties, string when it names none.</summary>
    private static string SchemaType(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object) return "string";
        if (schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String) return type.GetString()!;
            if (type.ValueKind == JsonValueKind.Array)
            {
                var names = type.EnumerateArray().Select(t => t.GetString()!).ToList();
                foreach (var preferred in new[] { ObjectType, "array", "integer", "number", "boolean", "string" })
                    if (names.Contains(preferred)) return preferred;
                return names.FirstOrDefault() ?? "string";
            }
        }

        return schema.TryGetProperty("properties", out _) ? ObjectType : "string";
    }

    /// <summary>Percent-encodes the UTF-8 bytes of every character outside the unreserved set; a lone surrogate becomes
    /// the bytes of U+FFFD, as any client would send it.</summary>
    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
                text.Append((char)b);
            else
                text.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
        }

        return text.ToString();
    }

    private static string Short(string value) => value.Length <= 60 ? value : $"{value[..60]}…({value.Length} chars)";
}
