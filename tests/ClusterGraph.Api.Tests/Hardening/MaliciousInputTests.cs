using System.Net;
using System.Net.Http.Headers;
using System.Runtime;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ClusterGraph.Api.Tests.Hardening;

/// <summary>
/// The malicious-input suite over real HTTP (issue item 5): every hostile request of
/// <see cref="MaliciousCases"/>, under both response media types, is refused with a clear error, as the
/// GraphQL-over-HTTP spec says: a request error is 400 under application/graphql-response+json and 200
/// (errors, no data) under application/json; a transport fault is 4xx under both. After each one a normal
/// query still succeeds, and after the whole suite, three times over, the managed heap comes back near its
/// baseline.
/// </summary>
[Collection(HardeningApiCollection.Name)]
public sealed class MaliciousInputTests(HardeningApi api, ITestOutputHelper output)
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (MaliciousCase hostile in MaliciousCases.All())
        {
            data.Add(hostile.Name, GraphQLResponseJson);
            data.Add(hostile.Name, Json);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_request_is_refused_with_a_clear_error_and_the_server_stays_up(string name, string accept)
    {
        MaliciousCase hostile = MaliciousCases.All().Single(c => c.Name == name);

        (HttpStatusCode status, string? contentType, JsonObject body) = await SendAsync(hostile, accept);

        output.WriteLine($"{name} ({accept}): {(int)status} {Shorten(body.ToJsonString())}");
        Assert.Equal(ExpectedStatus(hostile, accept), (int)status);
        Assert.Equal(accept, contentType);
        Assert.False(body.ContainsKey("data"), "A refused request has no data entry: " + Shorten(body.ToJsonString()));
        JsonArray errors = Assert.IsType<JsonArray>(body["errors"]);
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e?["message"]?.GetValue<string>().Contains(hostile.MessageFragment, StringComparison.Ordinal) == true);
        await AssertServerAnswersAsync();
    }

    /// <summary>
    /// The suite three times over, then the live managed heap (after a full blocking, compacting GC) must come
    /// back within 32 MiB of where it started, within 90 s. Not at once: pools keep what the hostile requests
    /// rented (ArrayPool&lt;byte&gt;.Shared keeps the multi-megabyte buffers of the 1 MB literal and the 2 MiB
    /// body per core and per thread, and trims them on gen-2 GCs once unused for about a minute), so the
    /// test polls every 5 s. The document cache keeps the rejected documents it saw (one ~2 MB entry for the
    /// 1 MB literal), which the 32 MiB allows. The collection runs alone, so the heap is this host's and the
    /// runner's. The figures are printed.
    /// </summary>
    [Fact]
    public async Task Managed_heap_returns_near_its_baseline_after_the_suite()
    {
        const long bound = 32L * 1024 * 1024;
        await AssertServerAnswersAsync();
        long baseline = LiveHeapBytes();
        var figures = new List<string> { "baseline " + Mib(baseline) };
        for (int round = 1; round <= 3; round++)
        {
            foreach (MaliciousCase hostile in MaliciousCases.All())
            {
                foreach (string accept in (string[])[GraphQLResponseJson, Json])
                {
                    (HttpStatusCode status, _, JsonObject body) = await SendAsync(hostile, accept);
                    Assert.Equal(ExpectedStatus(hostile, accept), (int)status);
                    Assert.False(body.ContainsKey("data"));
                }
            }

            await AssertServerAnswersAsync();
            figures.Add($"after round {round} {Mib(LiveHeapBytes())}");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        long live = LiveHeapBytes();
        while (live - baseline >= bound && clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            live = LiveHeapBytes();
        }

        figures.Add($"{clock.Elapsed.TotalSeconds:0} s later {Mib(live)}");
        string report = "live managed heap: " + string.Join(", ", figures);
        output.WriteLine(report);
        Console.WriteLine("Hardening memory: " + report);
        Assert.True(live - baseline < bound, report);
        await AssertServerAnswersAsync();
    }

    private static int ExpectedStatus(MaliciousCase hostile, string accept) => hostile.Kind switch
    {
        RefusalKind.Transport => hostile.TransportStatus,
        _ => accept == GraphQLResponseJson ? 400 : 200,
    };

    private async Task<(HttpStatusCode Status, string? ContentType, JsonObject Body)> SendAsync(MaliciousCase hostile, string accept)
    {
        using var content = new ByteArrayContent(hostile.Body);
        if (hostile.ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.ReaderKey);
        using HttpResponseMessage response = await api.Client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        JsonObject body = JsonNode.Parse(text) as JsonObject
            ?? throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: not a JSON object: {Shorten(text)}");
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    /// <summary>A normal query answers with its data: the process is up and serving.</summary>
    private async Task AssertServerAnswersAsync()
    {
        JsonObject data = await api.QueryAsync("{ graphStats { entityCount } }", key: api.ReaderKey);
        Assert.True(data["graphStats"]!["entityCount"]!.GetValue<int>() > 0);
    }

    private static long LiveHeapBytes()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Mib(long bytes) => $"{bytes / (1024.0 * 1024.0):0.0} MiB";

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
