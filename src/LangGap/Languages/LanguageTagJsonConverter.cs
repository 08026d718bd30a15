using System.Text.Json;
using System.Text.Json.Serialization;

namespace LangGap.Languages;

/// <summary>Writes a <see cref="LanguageTag"/> as its BCP-47 string and reads any form <see cref="LanguageTag.Parse"/> accepts.</summary>
internal sealed class LanguageTagJsonConverter : JsonConverter<LanguageTag>
{
    public override LanguageTag Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a language tag string, found {reader.TokenType}.");
        }
        var text = reader.GetString()!;
        return LanguageTag.TryParse(text, out var tag) ? tag : throw new JsonException(LanguageTagParser.ErrorMessage(text));
    }

    public override void Write(Utf8JsonWriter writer, LanguageTag value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToBcp47());

    public override LanguageTag ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString()!;
        return LanguageTag.TryParse(text, out var tag) ? tag : throw new JsonException(LanguageTagParser.ErrorMessage(text));
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, LanguageTag value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToBcp47());
}
