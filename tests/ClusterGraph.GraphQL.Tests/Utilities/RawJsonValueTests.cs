using System.Buffers;
using System.Text;
using System.Text.Json;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Tests.Utilities;

/// <summary>A pre-serialized JSON value: accepted only when it is exactly one value, and copied out byte for byte.</summary>
public sealed class RawJsonValueTests
{
    [Theory]
    [InlineData("""{"a":[1,"한",null]}""")]
    [InlineData(" [1, 2] ")]
    [InlineData("\"text\"")]
    [InlineData("-3.5e2")]
    [InlineData("null")]
    public void One_value_is_accepted(string json)
    {
        Assert.True(RawJsonValue.TryParse(Encoding.UTF8.GetBytes(json), out RawJsonValue? value));
        Assert.Equal(json, value.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("1 2")]
    [InlineData("""{"a":1}x""")]
    [InlineData("""{"a":1}{"b":2}""")]
    [InlineData("[1,]")]
    public void Anything_but_one_value_is_refused(string json)
    {
        Assert.False(RawJsonValue.TryParse(Encoding.UTF8.GetBytes(json), out _));
        Assert.Throws<JsonException>(() => RawJsonValue.Parse(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Written_values_are_copied_as_they_are_inside_other_json()
    {
        RawJsonValue raw = RawJsonValue.Parse("""{"z":1,  "a":"é"}"""u8.ToArray());
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            JsonValueWriter.Write(writer, raw);
            raw.WriteTo(writer);
            writer.WriteEndArray();
        }

        // Whitespace and member order are the raw value's own: nothing was parsed and re-written.
        Assert.Equal("""[{"z":1,  "a":"é"},{"z":1,  "a":"é"}]""", Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal("""{"v":{"z":1,  "a":"é"}}""", JsonSerializer.Serialize(new { v = raw }));
    }

    [Fact]
    public void Build_keeps_what_the_callback_wrote_and_refuses_an_incomplete_value()
    {
        RawJsonValue built = RawJsonValue.Build(7, static (writer, n) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("n", n);
            writer.WriteString("ko", "반도체");
            writer.WriteEndObject();
        });

        Assert.Equal("""{"n":7,"ko":"반도체"}""", built.ToString());
        Assert.Throws<InvalidOperationException>(() => RawJsonValue.Build(0, static (writer, _) => writer.WriteStartArray()));
        Assert.Throws<InvalidOperationException>(() => RawJsonValue.Build(0, static (_, _) => { }));
    }
}
