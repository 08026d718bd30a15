using System.Text.Json;

namespace LangGap.Models;

/// <summary>Writes arbitrary option values as JSON in one stable form (object keys sorted).</summary>
internal static class CanonicalJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case JsonElement element:
                WriteElement(json, element);
                break;
            default:
                using (var document = JsonSerializer.SerializeToDocument(value, value.GetType(), Options))
                {
                    WriteElement(json, document.RootElement);
                }
                break;
        }
    }

    private static void WriteElement(Utf8JsonWriter json, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                json.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    json.WritePropertyName(property.Name);
                    WriteElement(json, property.Value);
                }
                json.WriteEndObject();
                break;
            case JsonValueKind.Array:
                json.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteElement(json, item);
                }
                json.WriteEndArray();
                break;
            default:
                element.WriteTo(json);
                break;
        }
    }
}
