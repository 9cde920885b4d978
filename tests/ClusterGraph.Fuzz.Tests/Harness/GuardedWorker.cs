namespace ClusterGraph.Fuzz.Tests.Harness;

/// <summary>
/// Runs one input at a time on a dedicated thread and waits for it no longer than a time bound (CPU time,
/// see <see cref="WaitBounded"/>): the watchdog that turns a hang into a finding instead of a stuck test run. A thread cannot be aborted in
/// .NET, so a worker that overran is marked <see cref="IsStuck"/> and left behind (it is a background
/// thread); the runner stops fuzzing after a hang. The stack is a thread-pool thread's (1.5 MiB), the
/// size ASP.NET Core requests run on, so a recursion that would overflow a server overflows here too.
/// </summary>
internal sealed class GuardedWorker : IDisposable
{
    public const int ServerStackBytes = 1536 * 1024;

    private readonly Thread _thread;
    private readonly SemaphoreSlim _work = new(0);
    private readonly ManualResetEventSlim _done = new(false);
    private Func<FuzzOutcome>? _job;
    private FuzzOutcome _result;
    private Exception? _exception;
    private volatile bool _stopping;

    public GuardedWorker()
    {
        _thread = new Thread(Loop, ServerStackBytes) { IsBackground = true, Name = "fuzz worker" };
        _thread.Start();
    }

    /// <summary>True once a job overran its bound; the worker must not be given another.</summary>
    public bool IsStuck { get; private set; }

    /// <summary>Runs <paramref name="job"/>; false when it did not finish within <paramref name="timeout"/>.</summary>
    public bool TryRun(Func<FuzzOutcome> job, TimeSpan timeout, out FuzzOutcome result, out Exception? exception)
    {
        ObjectDisposedException.ThrowIf(_stopping, this);
        if (IsStuck)
        {
            throw new InvalidOperationException("The worker is still running an input that overran its time bound.");
        }

        _job = job;
        _done.Reset();
        _work.Release();
        if (!WaitBounded(timeout))
        {
            IsStuck = true;
            result = default;
            exception = null;
            return false;
        }

        result = _result;
        exception = _exception;
        return true;
    }

    /// <summary>
    /// Waits until the job is done, or until it has burned <paramref name="timeout"/> of CPU (the process's,
    /// which on the worker's busy path is mostly the worker's), or until eight times that has passed on the
    /// clock (a job blocked on something burns no CPU). CPU time, not wall time, is what makes a hang on a
    /// machine shared with other work: under a load of 15 a 1 s input takes 15 s of wall time.
    /// </summary>
    private bool WaitBounded(TimeSpan timeout)
    {
        TimeSpan cpuAtStart = Environment.CpuUsage.TotalTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan slice = TimeSpan.FromMilliseconds(Math.Clamp(timeout.TotalMilliseconds / 10, 10, 1_000));
        while (!_done.Wait(slice))
        {
            if (Environment.CpuUsage.TotalTime - cpuAtStart >= timeout || clock.Elapsed >= timeout * 8)
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        if (_stopping)
        {
            return;
        }

        _stopping = true;
        _work.Release();
        if (!IsStuck)
        {
            _thread.Join();
            _work.Dispose();
            _done.Dispose();
        }
    }

    private void Loop()
    {
        while (true)
        {
            _work.Wait();
            if (_stopping)
            {
                return;
            }

            try
            {
                _result = _job!();
                _exception = null;
            }
            catch (Exception e)
            {
                _result = default;
                _exception = e;
            }

            _done.Set();
        }
    }
}
