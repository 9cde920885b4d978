using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven over the Chrome DevTools Protocol: one page, commands sent over
/// its WebSocket and answered by id. A fresh profile per instance; the process is killed on dispose.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private const string Executable = "/usr/bin/chromium";
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket;
    private int _nextId;

    private HeadlessChromium(Process process, string profile, ClientWebSocket socket)
    {
        _process = process;
        _profile = profile;
        _socket = socket;
    }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: `apt-get install -y chromium` (./test.sh does).");
        }

        string profile = Directory.CreateTempSubdirectory("cg-chromium-").FullName;
        var startInfo = new ProcessStartInfo(Executable)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (string argument in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1400,900", "--remote-debugging-port=0",
            $"--user-data-dir={profile}", "about:blank"])
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process = Process.Start(startInfo) ?? throw new InvalidOperationException("chromium did not start.");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            int port = await ReadDevToolsPortAsync(profile, process);
            using var http = new HttpClient { Timeout = s_commandTimeout };
            JsonArray targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list")))!.AsArray();
            string pageSocket = (string)targets.First(t => (string?)t!["type"] == "page")!["webSocketDebuggerUrl"]!;
            var socket = new ClientWebSocket();
            using var connecting = new CancellationTokenSource(s_commandTimeout);
            await socket.ConnectAsync(new Uri(pageSocket), connecting.Token);
            return new HeadlessChromium(process, profile, socket);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Navigates and waits for the load event's command answer (the page may still be rendering).</summary>
    public Task NavigateAsync(Uri url) => SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() });

    /// <summary>Evaluates a JavaScript expression in the page and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        JsonNode answer = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        });
        if (answer["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException($"Page script failed: {exception.ToJsonString()}");
        }

        return answer["result"]?["value"];
    }

    /// <summary>Evaluates <paramref name="expression"/> every 100 ms until it returns a non-empty string (bounded by <paramref name="timeout"/>).</summary>
    public async Task<string> WaitForTextAsync(string expression, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await EvaluateAsync(expression) is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrEmpty(text))
            {
                return text;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The page never produced a value for: {expression}");
    }

    public async Task<byte[]> ScreenshotAsync()
    {
        JsonNode answer = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        return Convert.FromBase64String((string)answer["data"]!);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, closing.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The browser is killed next anyway.
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying child process; the temp folder is cleaned up by the OS.
        }
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject parameters)
    {
        int id = Interlocked.Increment(ref _nextId);
        byte[] command = Encoding.UTF8.GetBytes(new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString());
        using var deadline = new CancellationTokenSource(s_commandTimeout);
        await _socket.SendAsync(command, WebSocketMessageType.Text, endOfMessage: true, deadline.Token);

        // Events arrive between answers; skip them until the answer with our id (bounded by the deadline).
        while (true)
        {
            JsonNode message = await ReceiveAsync(deadline.Token);
            if ((int?)message["id"] != id)
            {
                continue;
            }

            if (message["error"] is { } error)
            {
                throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
            }

            return message["result"]!;
        }
    }

    private async Task<JsonNode> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[64 * 1024];
        while (true)
        {
            WebSocketReceiveResult result = await _socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("Chromium closed the DevTools connection.");
            }

            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(buffer.ToArray())!;
            }
        }
    }

    /// <summary>Chromium writes the port it chose into DevToolsActivePort in the profile folder.</summary>
    private static async Task<int> ReadDevToolsPortAsync(string profile, Process process)
    {
        string file = Path.Combine(profile, "DevToolsActivePort");
        for (int attempt = 0; attempt < 300; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"chromium exited with {process.ExitCode} before opening DevTools.");
            }

            if (File.Exists(file))
            {
                string[] lines = await File.ReadAllLinesAsync(file);
                if (lines.Length > 0 && int.TryParse(lines[0], out int port) && port > 0)
                {
                    return port;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("chromium did not open DevTools within 30 s.");
    }
}
