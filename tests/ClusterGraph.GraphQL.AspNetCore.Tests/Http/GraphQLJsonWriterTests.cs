using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Http;

namespace ClusterGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>The response writer: result shapes, error fields, masking, depth guard, flushing while writing.</summary>
public sealed class GraphQLJsonWriterTests
{
    private static async Task<string> WriteAsync(GraphQLResult result, bool mask = false)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var writer = new GraphQLJsonWriter(pipe.Writer, mask);
        await using (writer)
        {
            await writer.WriteResultAsync(result, CancellationToken.None);
            await writer.FlushAsync(CancellationToken.None);
        }

        await pipe.Writer.CompleteAsync();
        using var output = new MemoryStream();
        await pipe.Reader.CopyToAsync(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public async Task Writes_every_supported_value_shape_in_order()
    {
        using JsonDocument element = JsonDocument.Parse("""{"k":[1,"x"]}""");
        var data = new Dictionary<string, object?>
        {
            ["null"] = null,
            ["text"] = "한국 \"quoted\"",
            ["int"] = 42,
            ["long"] = 9_007_199_254_740_993L,
            ["double"] = 1.5,
            ["bool"] = false,
            ["list"] = new object?[] { 1, null, new List<object?> { "a" } },
            ["element"] = element.RootElement,
            ["node"] = new JsonObject { ["n"] = 1 },
            ["pairs"] = new[] { new KeyValuePair<string, object?>("z", 1), new KeyValuePair<string, object?>("a", 2) },
            ["date"] = new DateOnly(2026, 11, 21),
        };

        string json = await WriteAsync(new GraphQLResult { Data = data, Extensions = new Dictionary<string, object?> { ["cost"] = 3 } });

        Assert.Equal(
            """{"data":{"null":null,"text":"한국 \"quoted\"","int":42,"long":9007199254740993,"double":1.5,"bool":false,"list":[1,null,["a"]],"element":{"k":[1,"x"]},"node":{"n":1},"pairs":{"z":1,"a":2},"date":"2026-11-21"},"extensions":{"cost":3}}""",
            json);
    }

    [Fact]
    public async Task Writes_errors_first_with_locations_path_and_extensions()
    {
        var error = new GraphQLResponseError("bad")
        {
            Locations = [new(2, 5)],
            Path = ["a", 0, "b"],
            Extensions = new Dictionary<string, object?> { ["code"] = "X" },
        };

        string json = await WriteAsync(new GraphQLResult { Data = null, Errors = [error] });

        Assert.Equal("""{"errors":[{"message":"bad","locations":[{"line":2,"column":5}],"path":["a",0,"b"],"extensions":{"code":"X"}}],"data":null}""", json);
    }

    [Fact]
    public async Task Masking_drops_message_and_extensions_of_errors_with_an_exception()
    {
        var error = new GraphQLResponseError("password=123")
        {
            Exception = new InvalidOperationException("password=123"),
            Extensions = new Dictionary<string, object?> { ["sql"] = "select password" },
        };
        var expected = new GraphQLResponseError("Visible on purpose");

        string json = await WriteAsync(new GraphQLResult { Errors = [error, expected] }, mask: true);

        Assert.Equal("""{"errors":[{"message":"Unexpected Execution Error","extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Visible on purpose"}],"data":null}""", json);
    }

    [Fact]
    public async Task Refuses_results_nested_beyond_the_depth_guard()
    {
        object? value = "leaf";
        for (int i = 0; i <= GraphQLJsonWriter.MaxValueDepth + 1; i++)
        {
            value = new object?[] { value };
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => WriteAsync(new GraphQLResult { Data = value }));
    }

    [Fact]
    public async Task Refuses_non_finite_numbers_and_unknown_types()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => WriteAsync(new GraphQLResult { Data = double.NaN }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => WriteAsync(new GraphQLResult { Data = new object() }));
    }

    [Fact]
    public async Task Large_results_are_flushed_in_pieces_and_arrive_whole()
    {
        // A pipe that pauses the writer at 64 KiB: a writer that buffered everything before flushing
        // would never be paused; this one must flush (and wait) as it goes.
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 64 * 1024, resumeWriterThreshold: 32 * 1024));
        string[] items = Enumerable.Range(0, 50_000).Select(i => $"item-{i}").ToArray();
        Task<byte[]> reading = Task.Run(async () =>
        {
            using var output = new MemoryStream();
            await pipe.Reader.CopyToAsync(output);
            return output.ToArray();
        });

        var writer = new GraphQLJsonWriter(pipe.Writer, maskErrors: false);
        await using (writer)
        {
            await writer.WriteResultAsync(new GraphQLResult { Data = new Dictionary<string, object?> { ["items"] = items } }, CancellationToken.None);
            await writer.FlushAsync(CancellationToken.None);
        }

        await pipe.Writer.CompleteAsync();
        using JsonDocument document = JsonDocument.Parse(await reading);
        Assert.Equal(items, document.RootElement.GetProperty("data").GetProperty("items").EnumerateArray().Select(e => e.GetString()!));
    }
}
