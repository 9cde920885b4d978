using System.Diagnostics;
using System.Text.RegularExpressions;
using ClusterGraph.Api.Tests.Infrastructure;

namespace ClusterGraph.Api.Tests.Explorer;

/// <summary>
/// /map in a real browser: Debian's headless Chromium loads the page (offline flags, a fresh
/// profile), runs its script against the API and dumps the resulting DOM. Clicking and the stage
/// filter are not driven here (that needs DevTools); this proves the points are drawn.
/// </summary>
[Collection(SeedApiCollection.Name)]
public sealed partial class MapBrowserTests(SeedApi api)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Chromium_draws_the_clusterMap_points_including_Incheons_back_end_companies()
    {
        List<string> all = await DrawnPointsAsync("/map");
        Assert.Contains("company:amkor-technology-korea", all);
        Assert.Contains("company:stats-chippac-korea", all);

        // The stage filter (opened pre-selected) keeps the packaging-and-test companies and drops others.
        List<string> backEnd = await DrawnPointsAsync("/map?stage=stage:semiconductor-packaging-test");
        Assert.Contains("company:amkor-technology-korea", backEnd);
        Assert.Contains("company:stats-chippac-korea", backEnd);
        Assert.True(backEnd.Count < all.Count, $"{backEnd.Count} of {all.Count}");
        Assert.Subset(all.ToHashSet(), backEnd.ToHashSet());
    }

    private async Task<List<string>> DrawnPointsAsync(string path)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package.");
        string profile = Path.Combine(Path.GetTempPath(), "cg-map-chromium-" + Guid.NewGuid().ToString("N"));
        var startInfo = new ProcessStartInfo(Chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", $"--user-data-dir={profile}",
            "--virtual-time-budget=10000", "--dump-dom", new Uri(api.BaseAddress, path).ToString(),
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using Process chromium = Process.Start(startInfo)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string dom;
        try
        {
            Task<string> stderr = chromium.StandardError.ReadToEndAsync(timeout.Token);
            dom = await chromium.StandardOutput.ReadToEndAsync(timeout.Token);
            await chromium.WaitForExitAsync(timeout.Token);
            Assert.True(dom.Contains("</html>", StringComparison.Ordinal), "No DOM from Chromium: " + await stderr);
        }
        finally
        {
            if (!chromium.HasExited)
            {
                chromium.Kill(entireProcessTree: true);
            }

            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a lock file for a moment; the temp folder is left to the OS.
            }
        }

        List<string> ids = [.. PointId().Matches(dom).Select(m => m.Groups[1].Value)];
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Matches($"<span id=\"count\">{ids.Count}</span>", dom);
        return ids;
    }

    [GeneratedRegex("<circle [^>]*data-id=\"([^\"]+)\"")]
    private static partial Regex PointId();
}
