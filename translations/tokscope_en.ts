<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AllFailDialog</name>
    <message>
        <source>%1: failing checks side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict %1. The failing checks of each node are shown next to its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the checks look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suite is no longer loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1 (min %2, max %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same answer as run 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking (no visible answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No node passes this task. Maybe the models are wrong, or maybe the grading rule is.&lt;/b&gt; When every node fails, check the check first. Below, each node&apos;s answers sit next to the checks that failed them. Look for:&lt;ul&gt;&lt;li&gt;a right answer in a form the check does not accept (other wording, a number written differently, other units, valid code in another style);&lt;/li&gt;&lt;li&gt;a check that asks for something the prompt never asked for;&lt;/li&gt;&lt;li&gt;answers cut off by a time or token limit too short for thinking;&lt;/li&gt;&lt;li&gt;a prompt that can be read two ways.&lt;/li&gt;&lt;/ul&gt;If you find one, fix the check or the prompt in the suite file and run the task again. If the answers really are wrong, the task is simply hard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerCheck</name>
    <message>
        <source>no answer committed to (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hedges between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnthropicEventDecoder</name>
    <message>
        <source>The server sent an event that is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with something that is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyEnvironment</name>
    <message>
        <source>&apos;%1&apos; is not an environment variable name: use letters, digits and _, not starting with a digit (e.g. TOKSCOPE_DGX1_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppDataDir</name>
    <message>
        <source>%1 is not used (%2 is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API (cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI API (cloud)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Runs benchmark suites on nodes (n runs per task), scores every answer with the suite&apos;s checks and gives each task a verdict across nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite name or path to a suite file (repeat for more; &quot;all&quot; for every loaded suite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also load suites from DIR (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configured node&apos;s name or id, or a base URL. Repeat for more nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per task and node (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force thinking on or off for every task (default: each task&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every request unique so no prompt cache can serve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one CSV row per suite x task x node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Markdown tables (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include answers and reasoning in the JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 1 when a task regressed versus the previous run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database file (default: the app&apos;s history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a stopped run: its stored results are kept and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node list file (default: the app&apos;s saved nodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the loadable suites and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runs needs a whole number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--thinking takes on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume needs a run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --json, --csv and --markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one --suite and one --node (or --resume RUN_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokscope-cli bench: run %1 has no readable settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: suite not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored benchmark run %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench run %1: %2 suite(s), %3 node(s), %4 run(s) each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 failed: %2 (its remaining tasks are ERROR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokscope-cli bench: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: continue with --resume %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchDeltaModel</name>
    <message>
        <source>PASS → FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL → PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ (B − A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchExporter</name>
    <message>
        <source># Benchmark run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, status %2, suites: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Node | Backend | Model | Version | Context |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Suite | Task | Node | State | Scores | Mean | Pass | Stable | TTR ms | Eff. tok/s |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNSTABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Suite | Task | Verdict | Passing nodes |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Regressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Structural consensus (code tasks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchHistoryStore</name>
    <message>
        <source>history database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regressions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchHtml</name>
    <message>
        <source>(cut: showing %1 of %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks ran (the request did not end DONE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failing checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact: one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains all of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains any of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (whole words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex /%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric: %1 = %2 ± %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (or %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chars %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: %1 tests (%2 lines, %3 s limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;%1&lt;/b&gt; (%2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: — (nothing scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) SKIPPED</source>
        <translation>
            <numerusform>%n check SKIPPED</numerusform>
            <numerusform>%n checks SKIPPED</numerusform>
        </translation>
    </message>
    <message>
        <source>TCT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer: commits to one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchMatrixDelegate</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNSTABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTR %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the checks ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchMatrixModel</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 (min %2, max %3) over %4 of %5 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS (threshold %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL (threshold %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STABLE: every run agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNSTABLE: runs disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTR %1 s (mean over DONE runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective %1 tok/s (answer tokens / TTR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided: not every node has finished this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node passes. Check the failing checks first: the harness may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing: %1 of %2 nodes (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (pass at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergent approach: this solution&apos;s structure differs from the majority&apos;s (details: double-click)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchNodeLane</name>
    <message>
        <source>the node stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchResumePlan</name>
    <message>
        <source>suite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume run %1: not available now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchRunListModel</name>
    <message>
        <source>#%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNAN. / MAJ. / SPLIT / ALL_FAIL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchRunner</name>
    <message>
        <source>a benchmark is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a benchmark needs at least one suite, one node (with unique names) and one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming needs the history store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored benchmark run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchSetupPanel</name>
    <message>
        <source>Fresh prompt per run (no prompt cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n runs per task and node. n = 3 separates model limits from inference non-determinism (vLLM with MTP answers differently from run to run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each task&apos;s setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking ON for every task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking OFF for every task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a unique line to each prompt so no prompt cache serves a repeated run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suites&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nodes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n task(s))</source>
        <translation>
            <numerusform>%1 (%n task)</numerusform>
            <numerusform>%1 (%n tasks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not loaded (fix the file):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks × %2 nodes × %3 runs = %4 task runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchTrend</name>
    <message>
        <source>%1: engine changed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarksPage</name>
    <message>
        <source>%1 stopped answering: %2. Its remaining cells are marked ERROR; the other nodes go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one suite and one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing the nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %n stored cell(s) kept.</source>
        <translation>
            <numerusform>Resuming run %1: %n stored cell kept.</numerusform>
            <numerusform>Resuming run %1: %n stored cells kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing stored run %1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: requests in flight finish, no new ones start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing the nodes… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 on %3 · run %4 of %5 · %6 of %7 runs done · elapsed %8%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 %2 after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts: &lt;b&gt;%1&lt;/b&gt; UNANIMOUS · &lt;b&gt;%2&lt;/b&gt; MAJORITY · &lt;b&gt;%3&lt;/b&gt; SPLIT · &lt;b&gt;%4&lt;/b&gt; ALL_FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No node passes %n task(s): read the failing checks first (click the verdict), the harness may be wrong.</source>
        <translation>
            <numerusform>No node passes %n task: read the failing checks first (click the verdict), the harness may be wrong.</numerusform>
            <numerusform>No node passes %n tasks: read the failing checks first (click the verdict), the harness may be wrong.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the selected suites on the selected nodes (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; finished cells are kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 on %3 · run %4 of %5 · %6 of %7 runs done · %8 since resuming%9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardFormat</name>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellDetailDialog</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; / %2 on &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>mean %1 (min %2, max %3) over %n scored run(s)</source>
        <translation>
            <numerusform>mean %1 (min %2, max %3) over %n scored run</numerusform>
            <numerusform>mean %1 (min %2, max %3) over %n scored runs</numerusform>
        </translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNSTABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTR %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt (turn %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking (turn %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (turn %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divergent approach (see the Structure tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure ≠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>The node redirected to %1: fix the node URL (Tokscope does not follow redirects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node answered HTTP %1 with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within the total deadline of %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node sent nothing for %1 s (idle timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid node URL &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was dropped: its network manager was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node answered HTTP %1 with an HTML page (Content-Type %2), not an event stream: a proxy or login page in the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runaway: the server stopped generation because the output repeats (finish_reason &quot;repetition&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>negated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer for turn %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceCheck</name>
    <message>
        <source>no single option found (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chose %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChunkDecoder</name>
    <message>
        <source>The server sent a chunk that is not valid JSON (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Run benchmark suites on nodes, score answers, verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B compare nodes and thinking ON/OFF on one prompt (n runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark history: list, show, export, compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokscope-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;tokscope-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll nodes once (or --watch S): status, backend, model, latency, metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a simulated vLLM / llama.cpp node on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builder -&gt; reviewer pair on coding tasks: TCT and the rubber-stamp test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite tools: verify a suite&apos;s checks against known answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliNodes</name>
    <message>
        <source>config file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown node &apos;%1&apos;: not a configured name and not a URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudProbeInterpreter</name>
    <message>
        <source>retry after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401: the API key was refused — check the key%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 403: the key may not use this API — check its permissions%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 429: rate limited%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 429: rate limited, %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 529: the API is overloaded — try again later%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a model list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeCheck</name>
    <message>
        <source>language %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox failed to start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tests passed (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tests failed (exit %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeConsensus</name>
    <message>
        <source>divergent approach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divergent approaches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>structural consensus: the %n solutions agree</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no structural majority: the solutions differ, nothing flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structural consensus needs %1 analysed solutions, %2 available: nothing flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeExtractor</name>
    <message>
        <source>the whole answer (no code block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1 of %2 (no definitions found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code from block(s) %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; left out %n usage statement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeStructure</name>
    <message>
        <source>structure not analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structure unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analyser gave no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot analyse: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeStructureReader</name>
    <message>
        <source>sandbox unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analyser failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analyser gave unreadable output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareChartsPanel</name>
    <message>
        <source>Queue / network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a comparison to see its charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill vs decode speed (mean, min-max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1, max %2 over %3 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the time to complete response goes (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of TTR %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · thinking %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed (tok/s, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw vs effective speed (mean, min-max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw (decode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed (tok/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n run(s) per node and mode</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SIMULATED: not real hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokscope comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save as .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>cannot read the prompt file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one prompt to several nodes with thinking ON and/or OFF, n runs each, and compares TTFT, prefill, thinking time, TTR and speeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configured node&apos;s name or id, or a base URL. Repeat for more nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking modes to try: on, off or on,off (default on,off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured runs per node and mode (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the prompt from a file (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name to request (default: what the node serves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens per answer (default 32768 with thinking ON, 4096 with thinking OFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling temperature (default: the server&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling seed, the same for every run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run all nodes at once (one request per node) instead of one request at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total deadline per request in seconds (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the uncounted warm-up request per node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON ({&quot;run&quot;, &quot;cells&quot;, &quot;summary&quot;}) instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database file (default: the app&apos;s history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep this run in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the run to FILE (.json, .csv or .md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this run in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node list file (default: the app&apos;s saved nodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one node with --node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--thinking takes on, off or on,off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deadline needs a number of seconds (up to one day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the prompt with either --prompt or --prompt-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs a file ending in .json, .csv or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, model %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: cancelling every request (Ctrl-C again to quit at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: mean (min-max) over DONE runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences, %1 thinking %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to history as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every request unique so no prompt cache can serve it (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the prompt unchanged, to measure cached behaviour (prefill may come from the server&apos;s prompt cache).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a warm-up that gets no answer after S seconds (default 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table (JSON: {&quot;&lt;node id&gt;&quot;: {&quot;input&quot;: 3, &quot;output&quot;: 15, &quot;cache_read&quot;: 0.3, &quot;cache_write&quot;: 3.75}}, per million tokens) for the cost of each request (default: none, cost unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--warmup-timeout needs a number of seconds (up to one hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the price table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareConsensus</name>
    <message>
        <source>%1 (thinking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no thinking)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareGroupPane</name>
    <message>
        <source>SIMULATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) received</source>
        <translation>
            <numerusform>%n chunk received</numerusform>
            <numerusform>%n chunks received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>streaming: %n character(s)</source>
        <translation>
            <numerusform>streaming: %n character</numerusform>
            <numerusform>streaming: %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) carried the tokens</source>
        <translation>
            <numerusform>%n chunk carried the tokens</numerusform>
            <numerusform>%n chunks carried the tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Differing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this pane&apos;s answer to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warm-up got no usable answer (%1); the measured runs still try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up waiting %1 s (gives up after %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s (gives up after %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TTR mean %1 ms over %n DONE run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The warm-up got no answer in %1 s and was given up; the measured runs still try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareHistoryStore</name>
    <message>
        <source>History database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the history schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareMarkdown</name>
    <message>
        <source>Tokscope comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Run: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Started: %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Runs per node and mode: %1; order: %2; warm-up: %3; cache busting: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all nodes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one request at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Max tokens: %1 (thinking ON), %2 (thinking OFF); temperature: %3; seed: %4; deadline: %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean over DONE runs, (min-max) when runs differ. TTFT: first token; TTFA: first answer token; TTR: last token, all from the request start. Effective speed = answer tokens / TTR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, run %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost uses the price table (per million tokens, per node); &quot;unknown&quot; when a node has no prices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareMetric</name>
    <message>
        <source>Prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server decode (n-1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick nodes and modes, type a prompt, press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen an earlier comparison from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1 of %2 requests finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier comparisons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one node and thinking mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 measured requests DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved to history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save to history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open that comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the comparison of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as .json, .csv or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the comparison (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running comparison (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean over the DONE runs, min-max below, then the source. Best of each row in bold on green. Click a row&apos;s name to order the columns by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the latest comparison, of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n cell(s) · %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 measured requests DONE
Nodes: %3
Prompt: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes are down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard shows these nodes as down:
%1

Their requests will probably fail. Run anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not started: %n node(s) down.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the charts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural consensus: analysing the code answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergent approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structure and similarity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural consensus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareResultJson</name>
    <message>
        <source>Not a Tokscope comparison: no &quot;cells&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareRunner</name>
    <message>
        <source>A comparison is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has no usable URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose thinking ON or OFF (or both) for node %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result %1 s after the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSettings</name>
    <message>
        <source>The prompt is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of runs must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier turns must be user or assistant messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking OFF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSetupPanel</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the prompt from a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the prompt every selected node answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes and thinking modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cell runs n times: engines such as vLLM with MTP are not deterministic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens, thinking ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens, thinking OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total deadline per request (not an idle timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All nodes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: one request at a time, so nodes never disturb each other&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bust prompt caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SIMULATED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking ON (chat_template_kwargs.enable_thinking = true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking OFF (chat_template_kwargs.enable_thinking = false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On by default: every run starts its prompt with a unique nonce, so no prompt cache serves it and prefill is really measured. Switch off to measure cached behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warm-up that gets no answer in this time is given up; the measured runs still try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up gives up after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTableDelegate</name>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>est.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTableModel</name>
    <message>
        <source>DONE runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same answer each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 measured runs ended DONE; only those are averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking is OFF in this column: nothing to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mean of %n DONE run(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Min %1, max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no DONE run reported this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to order the columns by this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTableView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thinking %2 run %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, TTR %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsensusHtml</name>
    <message>
        <source>divergent approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution of run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two solutions could be analysed: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure read with Python&apos;s ast (nothing executed). Similarity = shared features / all features (Jaccard) over signatures, imports, control flow and data structures; two solutions agree at %1 or more (bold). With three or more solutions, one that agrees with none while the others are a majority is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise similarity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens per second from each node&apos;s /metrics counters; gaps = no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Start simulated lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nodes are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your nodes answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your vLLM or llama.cpp servers in Nodes → Edit nodes, or try Tokscope with three simulated nodes running inside the app on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the addresses in Nodes → Edit nodes, or try Tokscope with three simulated nodes running inside the app on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradingCorpus</name>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;task&quot; must be the task id (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name must be the task id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs &quot;answer&quot;: an array of strings, one per turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every turn of &quot;answer&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: class &quot;%2&quot; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a corpus file belongs in a folder named after its suite file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>run  started (UTC)         status       suites                      UNANIMOUS MAJORITY SPLIT ALL_FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest %1 of %2 runs are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benchmark runs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Suite | Task | Node | Run %1 | Run %2 | Delta |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paired task(s), mean delta %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark runs kept in the history: list, show RUN_ID, export RUN_ID, compare RUN_A RUN_B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | show | export | compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database file (default: the app&apos;s history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV output (show / export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown output (show / export; the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include answers and reasoning in JSON exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no benchmark runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a RUN_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no benchmark run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare needs two run ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, show, export, compare)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>no history database at %1 (the file does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an older %2 history schema (version %3 of %4); open it once with the app or a command that writes history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benchmark runs stored yet. Run a suite on the Benchmarks page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 — regression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model or engine changes and no regressions in the shown runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export benchmark run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a run to open it: a benchmark run in the run list, a pair run on the Pair page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 builds, %2 reviews (%3): %4, %n task run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pair run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStores</name>
    <message>
        <source>cannot open the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpErrorText</name>
    <message>
        <source>Cannot connect to %1: connection refused. Is the server running on that port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: host not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: the connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the proxy for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node answered HTTP %1 without an explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error in the stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection closed in the middle of an event after %n chunk(s): the answer is incomplete.</source>
        <translation>
            <numerusform>The connection closed in the middle of an event after %n chunk: the answer is incomplete.</numerusform>
            <numerusform>The connection closed in the middle of an event after %n chunks: the answer is incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stream ended without [DONE] after %n chunk(s) (server stopped or connection reset): the answer is incomplete.</source>
        <translation>
            <numerusform>The stream ended without [DONE] after %n chunk (server stopped or connection reset): the answer is incomplete.</numerusform>
            <numerusform>The stream ended without [DONE] after %n chunks (server stopped or connection reset): the answer is incomplete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonCheck</name>
    <message>
        <source>no parseable JSON found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid JSON with the expected keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service is running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned off by TOKSCOPE_KEYCHAIN=off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service answered (on Linux: a Secret Service such as GNOME Keyring or KWallet on the D-Bus session bus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LengthCheck</name>
    <message>
        <source>%1 %2 &lt; minimum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 &gt; maximum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tokscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start simulated lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top simulated lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tokscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated lab could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tokscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tokscope %1&lt;/h3&gt;&lt;p&gt;A dashboard and measurement bench for self-hosted LLM inference nodes (vLLM, llama.cpp llama-server, OpenAI-compatible servers).&lt;/p&gt;&lt;p&gt;Every number says what it is and where it comes from: the client clock, the server&apos;s timings, or /metrics.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED LAB RUNNING (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n nodes up</source>
        <translation>
            <numerusform>%1 of %n node up</numerusform>
            <numerusform>%1 of %n nodes up</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated lab stopped: showing your saved nodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaxTokensClamp</name>
    <message>
        <source>max tokens clamped to %1: context %2, prompt about %3 tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricDefinitions</name>
    <message>
        <source>Thinking was switched off in the request, but the model still produced reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of streamed chunks differs from the server&apos;s token count: chunks are not tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no usage object: token counts come from its timings, or are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not count reasoning tokens: the reasoning/answer split is estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation stopped at max_tokens (finish_reason &quot;length&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not streamed: first-token times cannot be seen by the client; speeds come from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first response: from t0 (request bytes handed to the socket) to the first server-sent event of any kind. Client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token: from t0 to the first chunk carrying any token, reasoning or answer. The role-only first chunk does not count. Client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first answer: from t0 to the first visible answer (content) token, after any thinking. Client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to response: from t0 to the last token (or to the close of the connection when no token came). Client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From t0 to the HTTP response headers. Servers send headers before prefill, so this is the network and queue floor, not a token time. Client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first token to the last reasoning token. Client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first answer token to the last token. Client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer tokens divided by TTR: how fast the useful answer arrives, thinking and prefill included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning tokens divided by all completion tokens. Estimated from the share of reasoning chunks when the server gives no reasoning count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITL p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median inter-token latency: gaps between token-bearing chunks, each spread evenly over the tokens the chunks carry (server total / chunk count); unknown without a server token count. Client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITL p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile of the inter-token latency defined for ITL p50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens as counted by the server (usage.prompt_tokens, or timings prompt_n + cache_n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens the server reused from its cache (prompt_tokens_details.cached_tokens or timings.cache_n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated tokens, reasoning included, as counted by the server (usage.completion_tokens or timings.predicted_n). Chunks are never counted as tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reasoning token count when it sends one (newer vLLM); otherwise estimated from the share of reasoning chunks, or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens minus reasoning tokens; same source as the reasoning count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp timings.prompt_ms as sent: from after templating and tokenization to the first sampled token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server decode speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client-server gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client TTFT minus the server&apos;s prompt_ms: network, HTTP parsing, templating, queueing and one decode step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up of a new connection for this request: from the request handed to the network to the request sent. Part of TTFT (t0 is then the hand-over); unknown on a reused connection. llama-server closes the connection after every streamed reply. Client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt processing time: the server&apos;s timings.prompt_ms when it sends one (llama.cpp), otherwise an estimate: TTFT minus the headers time minus one inter-token interval (vLLM sends headers before queueing and the first decode step, so the estimate still holds queue time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly evaluated prompt tokens divided by the prefill time: timings.prompt_n / prompt_ms when those tokens are most of the prompt. Not shown when most of the prompt came from the cache, nor for estimated prefills of prompts under 256 tokens (noise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw decode speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s speed over every generated token, thinking included: (n - 1) / (finish chunk time - first token time), with n the server&apos;s completion token count and the times from the client clock. Unknown for fewer than 2 tokens. Non-streamed: the server&apos;s (predicted_n - 1) / predicted_ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp timings.predicted_per_second as sent. Recent builds send predicted_n / predicted_ms although predicted_ms spans only n - 1 decode steps, so it reads high for short answers (2 tokens: 2x); some older builds send (n - 1) / predicted_ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server decode speed (n - 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(timings.predicted_n - 1) / timings.predicted_ms: the server&apos;s decode speed taken like for like with the raw decode speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of the prompt was served from the server&apos;s cache: prefill numbers do not measure prompt speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new connection was opened for this request and its set-up is a noticeable share of TTFT (see Connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server prefill time: prefill is estimated as TTFT minus the headers time minus one inter-token interval, queueing included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat template opened &lt;think&gt; in the prompt: the text up to the bare &lt;/think&gt; is reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking was requested, but no reasoning came back (template or parser without thinking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking was off, but the parser put the answer in reasoning: it is shown and counted as the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer repeats one passage many times (kept: it may have been asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many chunks arrived at the same instant (a buffering proxy?): ITL and decode speed are unreliable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricSource</name>
    <message>
        <source>client clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/slots (live)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeCardWidget</name>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated node running inside Tokscope on 127.0.0.1, not real hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend not detected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last good poll %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no good poll yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counters dropped at the last poll (server restart): no rate for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From /metrics counter deltas between two polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running · %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, from llama.cpp /slots n_decoded deltas between two polls (its counter moves only when a request ends).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (incl. network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip of the authenticated GET /v1/models over the internet: it includes the network, it is not the model&apos;s speed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeConfigStore</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the node list %1: %2; using the default lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move node %1 to position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;nodes&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 (%2): duplicate id %3 replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys are stored in %1, never in the node file, settings, history or exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable (%1): a key typed here is used until Tokscope quits but is not saved. To keep a key, put it in an environment variable and enter the variable&apos;s name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys saved by an earlier version are still read from %1 (readable by you only); they move to the keychain once one is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API key could not be read from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its API key is in the system keychain, which is not available (%2). Name an environment variable that holds the key in Nodes &gt; Edit nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API key could not be moved into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the environment variable %2 named for its API key is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys were moved from %1 into %2; the file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys are read from %1 because no keychain is available (%2). They move to the keychain once one is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API key could not be saved in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeConfigTableModel</name>
    <message>
        <source>auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeEditorDialog</name>
    <message>
        <source>Edit nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node list could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this node for /health, its model and /metrics once, with the fields as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated lab is running: saving stops it and shows these nodes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and stop the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered /health in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <source>e.g. DGX1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://dgx1.local:30000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking on by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. TOKSCOPE_DGX1_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an environment variable that holds this node&apos;s API key. It is used when no key is stored for the node; only the name is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key environment variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; not saved (keychain unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set in Tokscope&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set, but the key typed above is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is read from %1 and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeHealth</name>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeUrlCheck</name>
    <message>
        <source>Enter the node&apos;s address, e.g. http://dgx1.local:30000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put credentials in the URL; use the API key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL without a path (no /v1), e.g. http://dgx1.local:30000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must not have a query (?...) or fragment (#...).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericCheck</name>
    <message>
        <source>found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 not among %n number(s)</source>
        <translation>
            <numerusform>%1 not among %n number</numerusform>
            <numerusform>%1 not among %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>no number found (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hedges between numbers around %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got %1 (read &quot;%2&quot;), expected %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the latest benchmark run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison in the history yet: run one on the Compare page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Speeds and TTR split from the comparison of %1 (%n run(s) per node and mode): &quot;%2&quot;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Benchmark verdicts per run, oldest left; the latest is run %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benchmark run in the history yet: run one on the Benchmarks page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairCommand</name>
    <message>
        <source>Runs a builder -&gt; reviewer pair on coding tasks: build, review, revise while the reviewer rejects; grades the final code and the builder&apos;s first answer; measures TCT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builder node (configured name or base URL), optionally :on or :off for thinking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer node, optionally :on or :off for thinking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite name (repeatable); its single-turn code tasks run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also load suites from DIR (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this task id (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per task (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum review rounds (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in reviewer prompt: verify or empowered (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer prompt from a file (overrides --prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the reviewer test instead: known-bad and known-good code, each built-in prompt (and --reviewer-prompt); prints the rubber-stamp and nitpick rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one CSV row per step (pair runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Markdown tables (pair runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include messages, answers and reasoning in the JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database file (default: the app&apos;s history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node list file (default: the app&apos;s saved nodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--builder needs a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a --reviewer node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a --builder node (or use --rubber-stamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one --suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --json, --csv and --markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runs needs a whole number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rounds needs a whole number from 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prompt takes verify or empowered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: suite not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown suite &apos;%1&apos; (see tokscope-cli bench --list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task &apos;%1&apos; in the chosen suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen suites have no single-turn code task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read --reviewer-prompt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reviewer-prompt %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokscope-cli pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair run %1: builder %2, reviewer %3, prompt %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single TTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubber-stamp rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nitpick rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading corpus folder whose wrong and right answers join the rubber-stamp test&apos;s known set (default: the installed corpus, or the source tree&apos;s tests/data/answers, when present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answers %1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: corpus answer not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokscope-cli pair: rubber-stamp test not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairHistoryStore</name>
    <message>
        <source>History database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the history schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the pair run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the pair run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pair run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list pair runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the pair run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
── answer ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubber-stamp test: %1 of %2 reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rubber-stamp test finished: %n review(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Builder → reviewer pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubber-stamp test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps stream here while a pair runs; select a step to see its exact messages, reasoning and answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 task run(s): %2 builds (%3), %4 reviews (%5).%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> SIMULATED nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubber-stamp test on %1: %2 reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs the simulated lab (Lab → Start simulated lab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 (%3) — streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCT: every step&apos;s TTR plus the gaps between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair run cancelled; partial results kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair run finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 (%3): %4, TTR %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── reasoning ──
%1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── answer ──
%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
── error ──
%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
── verdict: %1 ──
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing stored pair run #%1 (%2 → %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pair run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in history as test #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the reviewer the tasks&apos; known-bad and known-good code (their examples and the grading corpus&apos;s wrong and right answers) with each built-in prompt (and an edited one) and measures how often it approves bad code and rejects good code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairResultsPanel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single: the builder&apos;s TTR for its first answer. Pair: TCT, every step&apos;s TTR plus the gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single TTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair TCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The builder&apos;s first answer graded alone with the task&apos;s checks: what a single builder scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubber-stamp rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad code approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nitpick rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good code rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known-good code rejected, of the reviews with a readable verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubber-stamp test not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single builder vs pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubber-stamp test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reviewer was shown the tasks&apos; known-bad and known-good code, %n run(s) per prompt. Rubber-stamp rate: bad code approved. Nitpick rate: good code rejected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Known-bad code (the tasks&apos; bad examples and the grading corpus&apos;s wrong answers) approved, of the reviews with a readable verdict. Mean over runs, min–max in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known bad / good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of code shown per run: known-bad / known-good (of them, from the grading corpus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier rubber-stamp tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · thinking ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · thinking OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (corpus %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairRunner</name>
    <message>
        <source>a pair run is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the builder and the reviewer each need a node with a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs and rounds must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task to run: pair mode needs single-turn tasks with code checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step on %2 ended %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pair run could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairSettings</name>
    <message>
        <source>task %1 has no code check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 has %2 turns; pair mode takes single-turn tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairSetupPanel</name>
    <message>
        <source>thinking OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum review rounds: after a REJECT the builder revises, until the reviewer approves or the rounds are used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer&apos;s system prompt. The verdict line format is appended to every review request, so the verdict can be read whatever the prompt says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · SIMULATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a builder and a reviewer node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suite with single-turn code tasks is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer prompt is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairStep</name>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPROVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairSummary</name>
    <message>
        <source>Single (builder alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair (builder + reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairTaskRun</name>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected (rounds used up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no readable verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairTimelineView</name>
    <message>
        <source>%1 on %2 (%3)
TTR %4 ms: TTFT %5, thinking %6, generation %7
Tokens %8  %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefill (TTFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCT = sum of TTRs + gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair run yet: choose a builder, a reviewer and tasks, then press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n review round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · score single %1 → pair %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCT %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>The price table is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceTableEditor</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices per million tokens, in your currency; empty = no price (cost shown as unknown). Tokscope has no built-in prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a price is not a non-negative number and was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKEND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMPT TOK/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEN TOK/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV CACHE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [simulated]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates need two scrapes: use --watch SECONDS to measure tok/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokscope-cli probe [--node URL_OR_NAME]... [--json] [--watch S] [--config FILE]
                          [--interval MS] [--timeout MS]

Polls each node once (GET /health, /v1/models, /props or /version, /metrics) and prints its
status, backend, model, context, latency and metrics.

  --node URL_OR_NAME  a configured node&apos;s name or id, or a base URL (http://host:port);
                      repeat for several nodes. Default: every configured node.
  --config FILE       node list (JSON, as the app saves it). Default: the app&apos;s node list,
                      or the default lab when there is none.
  --json              print {&quot;nodes&quot;: [...]}: snake_case keys, null where the node does not say.
  --watch S           poll for S seconds and report tok/s measured over that time (from the
                      /metrics counters; a restart or a missed poll is left out, never a spike).
  --interval MS       poll interval while watching (default: each node&apos;s own, 2000).
  --timeout MS        per-request timeout (default: each node&apos;s own, 1500).

Exit status: 0 when every node answered (up, loading or degraded), 1 when at least one node is
down, 2 on a usage or configuration error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number above 0 (at most %2), not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no nodes configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms (incl. network)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeInterpreter</name>
    <message>
        <source>redirected to %1: fix the node URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401: unauthorized — check the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 403: forbidden — check the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not available (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered HTML, not JSON: is this the right port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>/metrics has %n unparseable line(s)</source>
        <translation>
            <numerusform>/metrics has %n unparseable line</numerusform>
            <numerusform>/metrics has %n unparseable lines</numerusform>
        </translation>
    </message>
    <message>
        <source>/metrics is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply cut short after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply cut short after %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy requires authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (via proxy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the model (HTTP 503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/v1/models: invalid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start llama-server with --metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusText</name>
    <message>
        <source>incomplete last line (no line feed), skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid metric name in # %1 line: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second # HELP for %1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric type &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second # TYPE for %1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape \%1 in label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a metric line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid label name in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to start the value of label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a label value in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;}&apos; in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid timestamp &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the timestamp: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegexCheck</name>
    <message>
        <source>invalid regex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match for /%1/</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regression</name>
    <message>
        <source>%1/%2 on %3 passed in run %4 (%5) and fails now (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 on %3 dropped from %4 to %5 (more than the %6-point spread)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerPrompts</name>
    <message>
        <source>Verify this code works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review - empowered to fail it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubberStampHistoryStore</name>
    <message>
        <source>History database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the history schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the rubber-stamp test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rubber-stamp tests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubberStampRunner</name>
    <message>
        <source>a reviewer test is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer needs a node with a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to test: no reviewer prompt or no run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen tasks have no known-good or known-bad examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunComparePanel</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) · mean Δ %1 · %2 PASS → FAIL</source>
        <translation>
            <numerusform>%n cell · mean Δ %1 · %2 PASS → FAIL</numerusform>
            <numerusform>%n cells · mean Δ %1 · %2 PASS → FAIL</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunawayDetector</name>
    <message>
        <source>Runaway: the %1 repeats the same %2-character passage %3 times (&quot;%4&quot;); the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runaway: generation hit max_tokens (%1) before any answer text; the model spent the whole budget thinking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>bubblewrap (bwrap) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prlimit (util-linux) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setpriv (util-linux) is needed to drop root before sandboxing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bubblewrap cannot create a sandbox (user namespaces unavailable?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid file name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall time limit of %1 ms exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time limit of %1 s exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreTrendChart</name>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score per node — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean TTR per node — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model / engine change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTR (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies after Tokscope restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also use it for every configured node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval for new nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live chart window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw charts with OpenGL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster with very long histories; turn it off if charts flicker or stay blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs (cloud nodes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimChatSession</name>
    <message>
        <source>Simulated failure after streaming began</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>Run a simulated inference node (vLLM or llama.cpp dialect) on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile to simulate (see --list-profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject a fault; repeatable. Known faults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply every scripted duration (0.1 = ten times faster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require the API key stored in this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profiles and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number 0..65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key required (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 HTTP requests, %2 chat completions (%3 aborted), %4 tokens generated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimFault</name>
    <message>
        <source>fault &apos;%1&apos; needs a positive whole number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &apos;%1&apos; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http-error needs a status 400..599, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fault &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop listening: connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send status and headers, then nothing (a hung server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=N: close the connection after N stream events (a killed server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=STATUS: answer every request with an HTTP error JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=N: the Nth stream event carries broken JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=N: an error object inside the stream after N events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=STATUS: answer an HTML page instead of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model still loading: /health answers 503</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics counters restart from 0 (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/metrics carries lines that are not Prometheus text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=MS: write every response one byte per MS milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking loops until max_tokens: finish length, empty answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimLab</name>
    <message>
        <source>unknown profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimProfile</name>
    <message>
        <source>thinking fixed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking on by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking off by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, prefill %4 tok/s, decode %5 tok/s, up to %6 tokens/chunk, context %7, %8%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, nondeterministic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatedNode</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated HTTP error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StabilityAnalyzer</name>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 different answers in %2 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs answered, %3 ran away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least 2 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 runs gave the same answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 runs finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuiteLoader</name>
    <message>
        <source>unknown field (comments may use keys starting with &quot;_&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown check type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no turn %1 in a task with %n turn(s)</source>
        <translation>
            <numerusform>no turn %1 in a task with %n turn</numerusform>
            <numerusform>no turn %1 in a task with %n turns</numerusform>
        </translation>
    </message>
    <message>
        <source>must be answer, reasoning or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;any&quot; or &quot;all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the flags i, s, m and x exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regex: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;final&quot; or &quot;any&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of path -&gt; expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;object&quot; or &quot;array&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of letter -&gt; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options are single letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of the option letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length check needs at least one of min_/max_ chars, words or lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only &quot;python&quot; is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used by a %1 check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of answers (one array of strings per example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings, one per turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>has %1 answer(s) but the task has %n turn(s)</source>
        <translation>
            <numerusform>has %1 answer(s) but the task has %n turn</numerusform>
            <numerusform>has %1 answer(s) but the task has %n turns</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a turn is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array of checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate check name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;good&quot; and/or &quot;bad&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format %1 (this version reads format 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only contain a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suite &quot;%1&quot; is already loaded from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of unit -&gt; factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number greater than 0, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string or a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuiteSelector</name>
    <message>
        <source>suite &apos;%1&apos; is given twice (by &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown suite &apos;%1&apos; (see --list; a path to a suite file works too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suite file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suite file %1 is not a valid suite:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuiteVerifier</name>
    <message>
        <source>no loaded suite comes from a file named &quot;%1.json&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suite &quot;%1&quot; has no task &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] has %3 answer(s) but the task has %4 turn(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuitesCommand</name>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suite named &quot;%1&quot; (loaded: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suite to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISJUDGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n not judged: a check was skipped)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 #%3 (%4): right answer REJECTED, score %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 #%3 (%4): wrong answer ACCEPTED, score %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right answers accepted: %1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong answers rejected: %1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not judged: a check was skipped (no sandbox?)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misjudged answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>verify: runs each task&apos;s examples (and a grading corpus) through its checks and reports every misjudgement and the rates of right answers accepted and wrong answers rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the suites in DIR instead of the built-in and user suites (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading corpus folder: DIR/&lt;suite file name&gt;/&lt;task id&gt;.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this suite (a name, or a suite file path); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tokscope-cli suites verify [--suite-dir DIR] [--answers DIR] [--suite NAME_OR_PATH] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextChecks</name>
    <message>
        <source>equals &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadedChatStream</name>
    <message>
        <source>The request was dropped: its network thread was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThroughputChartView</name>
    <message>
        <source>Prompt processing (prefill), tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation, tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageTotals</name>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cache read %1, write %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reasoning %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Unanimous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictHistoryChart</name>
    <message>
        <source>Verdicts per benchmark run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dashboard and measurement bench for self-hosted LLM inference nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the simulated lab (three nodes on 127.0.0.1) and show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: en or ko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node list file (default: the saved nodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings INI file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait before --screenshot (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show first (0 = Dashboard, 1 = Compare, 2 = Benchmarks, 3 = History, 4 = Overview, 5 = Pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit with exit code 0 after S seconds (smoke tests, demos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x720 (for screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds (0 to 604800), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
