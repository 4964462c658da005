<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AllFailDialog</name>
    <message>
        <source>%1: failing checks side by side</source>
        <translation>%1: 실패한 검사 나란히 보기</translation>
    </message>
    <message>
        <source>Verdict %1. The failing checks of each node are shown next to its answers.</source>
        <translation>판정 %1. 각 노드의 실패한 검사가 답변 옆에 표시됩니다.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>What the checks look for</source>
        <translation>검사 항목</translation>
    </message>
    <message>
        <source>The suite is no longer loaded.</source>
        <translation>스위트가 더 이상 로드되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>mean %1 (min %2, max %3), %4</source>
        <translation>평균 %1 (최소 %2, 최대 %3), %4</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Same answer as run 1.</source>
        <translation>실행 1과 같은 답변입니다.</translation>
    </message>
    <message>
        <source>Thinking (no visible answer)</source>
        <translation>사고 과정 (보이는 답변 없음)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>&lt;b&gt;No node passes this task. Maybe the models are wrong, or maybe the grading rule is.&lt;/b&gt; When every node fails, check the check first. Below, each node's answers sit next to the checks that failed them. Look for:&lt;ul&gt;&lt;li&gt;a right answer in a form the check does not accept (other wording, a number written differently, other units, valid code in another style);&lt;/li&gt;&lt;li&gt;a check that asks for something the prompt never asked for;&lt;/li&gt;&lt;li&gt;answers cut off by a time or token limit too short for thinking;&lt;/li&gt;&lt;li&gt;a prompt that can be read two ways.&lt;/li&gt;&lt;/ul&gt;If you find one, fix the check or the prompt in the suite file and run the task again. If the answers really are wrong, the task is simply hard.</source>
        <translation>&lt;b&gt;이 과제를 통과한 노드가 없습니다. 모델이 틀렸을 수도, 채점 규칙이 틀렸을 수도 있습니다.&lt;/b&gt; 모든 노드가 실패하면 먼저 검사를 검사하세요. 아래에 각 노드의 답변과 그 답변을 실패시킨 검사가 나란히 있습니다. 다음을 찾아보세요:&lt;ul&gt;&lt;li&gt;검사가 받아들이지 않는 형태의 맞는 답(다른 표현, 다르게 쓴 숫자, 다른 단위, 다른 스타일의 올바른 코드);&lt;/li&gt;&lt;li&gt;프롬프트가 요구하지 않은 것을 요구하는 검사;&lt;/li&gt;&lt;li&gt;생각하기에 너무 짧은 시간 또는 토큰 제한으로 잘린 답변;&lt;/li&gt;&lt;li&gt;두 가지로 읽힐 수 있는 프롬프트.&lt;/li&gt;&lt;/ul&gt;그런 것을 찾으면 스위트 파일의 검사나 프롬프트를 고치고 과제를 다시 실행하세요. 답변이 정말 틀렸다면 그 과제가 어려운 것입니다.</translation>
    </message>
</context>
<context>
    <name>AnswerCheck</name>
    <message>
        <source>no answer committed to (expected %1)</source>
        <translation>확정된 답변 없음 (예상 %1)</translation>
    </message>
    <message>
        <source>hedges between %1 and %2</source>
        <translation>%1과(와) %2 사이에서 얼버무림</translation>
    </message>
    <message>
        <source>answers %1</source>
        <translation>답변 %1</translation>
    </message>
    <message>
        <source>answers %1, expected %2</source>
        <translation>답변 %1, 예상 %2</translation>
    </message>
</context>
<context>
    <name>AnthropicEventDecoder</name>
    <message>
        <source>The server sent an event that is not a JSON object: %1</source>
        <translation>서버가 JSON 객체가 아닌 이벤트를 보냈습니다: %1</translation>
    </message>
    <message>
        <source>The server answered with something that is not a JSON object: %1</source>
        <translation>서버가 JSON 객체가 아닌 응답을 보냈습니다: %1</translation>
    </message>
</context>
<context>
    <name>ApiKeyEnvironment</name>
    <message>
        <source>'%1' is not an environment variable name: use letters, digits and _, not starting with a digit (e.g. TOKSCOPE_DGX1_KEY).</source>
        <translation>'%1'은(는) 환경 변수 이름이 아닙니다: 영문자, 숫자, _만 쓰고 숫자로 시작하지 마세요 (예: TOKSCOPE_DGX1_KEY).</translation>
    </message>
</context>
<context>
    <name>AppDataDir</name>
    <message>
        <source>%1 is not used (%2 is)</source>
        <translation>%1은(는) 사용되지 않음 (%2 사용 중)</translation>
    </message>
    <message>
        <source>moved %1 to %2</source>
        <translation>%1을(를) %2(으)로 이동함</translation>
    </message>
    <message>
        <source>could not move %1 to %2</source>
        <translation>%1을(를) %2(으)로 이동할 수 없음</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 호환</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Anthropic API (cloud)</source>
        <translation>Anthropic API (클라우드)</translation>
    </message>
    <message>
        <source>OpenAI API (cloud)</source>
        <translation>OpenAI API (클라우드)</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Runs benchmark suites on nodes (n runs per task), scores every answer with the suite's checks and gives each task a verdict across nodes.</source>
        <translation>노드에서 벤치마크 스위트를 실행하고(작업당 n회), 모든 답변을 스위트의 검사로 채점한 뒤 노드 전체에 걸쳐 작업마다 판정을 내립니다.</translation>
    </message>
    <message>
        <source>Suite name or path to a suite file (repeat for more; "all" for every loaded suite).</source>
        <translation>스위트 이름 또는 스위트 파일 경로 (여러 개는 반복 지정, 로드된 모든 스위트는 "all").</translation>
    </message>
    <message>
        <source>Also load suites from DIR (repeatable).</source>
        <translation>DIR에서도 스위트를 로드합니다 (반복 가능).</translation>
    </message>
    <message>
        <source>A configured node's name or id, or a base URL. Repeat for more nodes.</source>
        <translation>설정된 노드의 이름 또는 id, 또는 기본 URL. 노드를 더 지정하려면 반복하세요.</translation>
    </message>
    <message>
        <source>Runs per task and node (default 3).</source>
        <translation>작업 및 노드당 실행 횟수 (기본값 3).</translation>
    </message>
    <message>
        <source>Force thinking on or off for every task (default: each task's setting).</source>
        <translation>모든 작업에서 사고를 강제로 켜거나 끕니다 (기본값: 각 작업의 설정).</translation>
    </message>
    <message>
        <source>Make every request unique so no prompt cache can serve it.</source>
        <translation>모든 요청을 고유하게 만들어 프롬프트 캐시가 응답하지 못하게 합니다.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Print one CSV row per suite x task x node.</source>
        <translation>스위트 x 작업 x 노드마다 CSV 행 하나를 출력합니다.</translation>
    </message>
    <message>
        <source>Print Markdown tables (the default).</source>
        <translation>Markdown 표를 출력합니다 (기본값).</translation>
    </message>
    <message>
        <source>Include answers and reasoning in the JSON output.</source>
        <translation>JSON 출력에 답변과 추론을 포함합니다.</translation>
    </message>
    <message>
        <source>Exit with 1 when a task regressed versus the previous run.</source>
        <translation>이전 실행보다 회귀한 작업이 있으면 1로 종료합니다.</translation>
    </message>
    <message>
        <source>History database file (default: the app's history).</source>
        <translation>기록 데이터베이스 파일 (기본값: 앱의 기록).</translation>
    </message>
    <message>
        <source>Continue a stopped run: its stored results are kept and skipped.</source>
        <translation>중지된 실행을 이어서 진행합니다. 저장된 결과는 유지되며 건너뜁니다.</translation>
    </message>
    <message>
        <source>Node list file (default: the app's saved nodes).</source>
        <translation>노드 목록 파일 (기본값: 앱에 저장된 노드).</translation>
    </message>
    <message>
        <source>List the loadable suites and exit.</source>
        <translation>로드할 수 있는 스위트를 나열하고 종료합니다.</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>예상치 못한 인수 '%1'</translation>
    </message>
    <message>
        <source>--runs needs a whole number from 1 to 100</source>
        <translation>--runs에는 1에서 100 사이의 정수가 필요합니다</translation>
    </message>
    <message>
        <source>--thinking takes on or off</source>
        <translation>--thinking에는 on 또는 off를 지정하세요</translation>
    </message>
    <message>
        <source>--resume needs a run id</source>
        <translation>--resume에는 실행 id가 필요합니다</translation>
    </message>
    <message>
        <source>choose one of --json, --csv and --markdown</source>
        <translation>--json, --csv, --markdown 중 하나만 선택하세요</translation>
    </message>
    <message>
        <source>name at least one --suite and one --node (or --resume RUN_ID)</source>
        <translation>--suite와 --node를 각각 하나 이상 지정하세요 (또는 --resume RUN_ID)</translation>
    </message>
    <message>
        <source>tokscope-cli bench: run %1 has no readable settings</source>
        <translation>tokscope-cli bench: 실행 %1에 읽을 수 있는 설정이 없습니다</translation>
    </message>
    <message>
        <source>warning: suite not loaded: %1</source>
        <translation>경고: 스위트가 로드되지 않음: %1</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>no stored benchmark run %1 in %2</source>
        <translation>%2에 저장된 벤치마크 실행 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation>실행할 항목이 없습니다</translation>
    </message>
    <message>
        <source>bench run %1: %2 suite(s), %3 node(s), %4 run(s) each</source>
        <translation>벤치마크 실행 %1: 스위트 %2개, 노드 %3개, 각 %4회 실행</translation>
    </message>
    <message>
        <source>node %1 failed: %2 (its remaining tasks are ERROR)</source>
        <translation>노드 %1 실패: %2 (남은 작업은 ERROR)</translation>
    </message>
    <message>
        <source>tokscope-cli bench: %1</source>
        <translation>tokscope-cli bench: %1</translation>
    </message>
    <message>
        <source>regression: %1</source>
        <translation>회귀: %1</translation>
    </message>
    <message>
        <source>interrupted: continue with --resume %1</source>
        <translation>중단됨: --resume %1(으)로 계속하세요</translation>
    </message>
</context>
<context>
    <name>BenchDeltaModel</name>
    <message>
        <source>PASS → FAIL</source>
        <translation>PASS → FAIL</translation>
    </message>
    <message>
        <source>FAIL → PASS</source>
        <translation>FAIL → PASS</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>only in one run</source>
        <translation>한 실행에만 있음</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>스위트</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>A mean</source>
        <translation>A 평균</translation>
    </message>
    <message>
        <source>B mean</source>
        <translation>B 평균</translation>
    </message>
    <message>
        <source>Δ (B − A)</source>
        <translation>Δ (B − A)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>BenchExporter</name>
    <message>
        <source># Benchmark run %1</source>
        <translation># 벤치마크 실행 %1</translation>
    </message>
    <message>
        <source>Started %1, status %2, suites: %3</source>
        <translation>시작 %1, 상태 %2, 스위트: %3</translation>
    </message>
    <message>
        <source>| Node | Backend | Model | Version | Context |</source>
        <translation>| 노드 | 백엔드 | 모델 | 버전 | 컨텍스트 |</translation>
    </message>
    <message>
        <source>| Suite | Task | Node | State | Scores | Mean | Pass | Stable | TTR ms | Eff. tok/s |</source>
        <translation>| 스위트 | 태스크 | 노드 | 상태 | 점수 | 평균 | 통과 | 안정 | TTR ms | 실효 tok/s |</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>안정</translation>
    </message>
    <message>
        <source>UNSTABLE</source>
        <translation>UNSTABLE</translation>
    </message>
    <message>
        <source>| Suite | Task | Verdict | Passing nodes |</source>
        <translation>| 스위트 | 태스크 | 판정 | 통과 노드 |</translation>
    </message>
    <message>
        <source>## Regressions</source>
        <translation>## 회귀</translation>
    </message>
    <message>
        <source>## Structural consensus (code tasks)</source>
        <translation>## 구조적 합의 (코드 과제)</translation>
    </message>
</context>
<context>
    <name>BenchHistoryStore</name>
    <message>
        <source>history database</source>
        <translation>기록 데이터베이스</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>열려 있지 않음</translation>
    </message>
    <message>
        <source>migration</source>
        <translation>마이그레이션</translation>
    </message>
    <message>
        <source>create run</source>
        <translation>실행 생성</translation>
    </message>
    <message>
        <source>save nodes</source>
        <translation>노드 저장</translation>
    </message>
    <message>
        <source>update run</source>
        <translation>실행 갱신</translation>
    </message>
    <message>
        <source>save verdict</source>
        <translation>판정 저장</translation>
    </message>
    <message>
        <source>save cell</source>
        <translation>셀 저장</translation>
    </message>
    <message>
        <source>save result</source>
        <translation>결과 저장</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>커밋</translation>
    </message>
    <message>
        <source>remove run</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <source>verdict history</source>
        <translation>판정 기록</translation>
    </message>
    <message>
        <source>node history</source>
        <translation>노드 기록</translation>
    </message>
    <message>
        <source>regressions</source>
        <translation>회귀</translation>
    </message>
</context>
<context>
    <name>BenchHtml</name>
    <message>
        <source>(cut: showing %1 of %2 characters)</source>
        <translation>(잘림: %2자 중 %1자 표시)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>No checks ran (the request did not end DONE).</source>
        <translation>실행된 검사가 없습니다 (요청이 DONE으로 끝나지 않음).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 사항</translation>
    </message>
    <message>
        <source>No failing checks.</source>
        <translation>실패한 검사가 없습니다.</translation>
    </message>
    <message>
        <source>exact: one of %1</source>
        <translation>정확히 일치: %1 중 하나</translation>
    </message>
    <message>
        <source>contains all of %1</source>
        <translation>모두 포함: %1</translation>
    </message>
    <message>
        <source>contains any of %1</source>
        <translation>하나 이상 포함: %1</translation>
    </message>
    <message>
        <source> (whole words)</source>
        <translation> (단어 단위)</translation>
    </message>
    <message>
        <source>regex /%1/%2</source>
        <translation>정규식 /%1/%2</translation>
    </message>
    <message>
        <source>numeric: %1 = %2 ± %3%4</source>
        <translation>숫자: %1 = %2 ± %3%4</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>아무 숫자</translation>
    </message>
    <message>
        <source>final number</source>
        <translation>마지막 숫자</translation>
    </message>
    <message>
        <source> (or %1 %)</source>
        <translation> (또는 %1%)</translation>
    </message>
    <message>
        <source>root %1</source>
        <translation>루트 %1</translation>
    </message>
    <message>
        <source>keys %1</source>
        <translation>키 %1</translation>
    </message>
    <message>
        <source>values %1</source>
        <translation>값 %1</translation>
    </message>
    <message>
        <source>json: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>choice: %1</source>
        <translation>선택: %1</translation>
    </message>
    <message>
        <source>words %1..%2</source>
        <translation>단어 %1..%2</translation>
    </message>
    <message>
        <source>chars %1..%2</source>
        <translation>문자 %1..%2</translation>
    </message>
    <message>
        <source>lines %1..%2</source>
        <translation>줄 %1..%2</translation>
    </message>
    <message>
        <source>length: %1</source>
        <translation>길이: %1</translation>
    </message>
    <message>
        <source>code: %1 tests (%2 lines, %3 s limit)</source>
        <translation>코드: 테스트 %1개 (%2줄, 제한 %3초)</translation>
    </message>
    <message>
        <source>NOT (%1)</source>
        <translation>NOT (%1)</translation>
    </message>
    <message>
        <source>last answer</source>
        <translation>마지막 답변</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>답변 %1</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>상태: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;%1&lt;/b&gt; (%2 at %3)</source>
        <translation>점수: &lt;b&gt;%1&lt;/b&gt; (기준 %3에서 %2)</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>Score: — (nothing scored)</source>
        <translation>점수: — (채점된 항목 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) SKIPPED</source>
        <translation>
            <numerusform>검사 %n개 SKIPPED</numerusform>
        </translation>
    </message>
    <message>
        <source>TCT: %1</source>
        <translation>TCT: %1</translation>
    </message>
    <message>
        <source>s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Effective: %1</source>
        <translation>실효: %1</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>오류:</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>턴</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TTR</source>
        <translation>TTR</translation>
    </message>
    <message>
        <source>Effective tok/s</source>
        <translation>실효 tok/s</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>답변 토큰</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>생성 토큰</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료 사유</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>read: %1</source>
        <translation>읽은 값: %1</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (필수)</translation>
    </message>
    <message>
        <source>answer: commits to one of %1</source>
        <translation>답변: %1 중 하나로 확정</translation>
    </message>
    <message>
        <source>, not %1</source>
        <translation>, %1 아님</translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation>필수: %1</translation>
    </message>
</context>
<context>
    <name>BenchMatrixDelegate</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>STABLE</source>
        <translation>STABLE</translation>
    </message>
    <message>
        <source>UNSTABLE</source>
        <translation>UNSTABLE</translation>
    </message>
    <message>
        <source>run %1/%2</source>
        <translation>실행 %1/%2</translation>
    </message>
    <message>
        <source>TTR %1 s</source>
        <translation>TTR %1초</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>check the checks ›</source>
        <translation>검사 확인하기 ›</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
</context>
<context>
    <name>BenchMatrixModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message>
        <source>Score %1 (min %2, max %3) over %4 of %5 runs</source>
        <translation>점수 %1 (최소 %2, 최대 %3), 실행 %5회 중 %4회 기준</translation>
    </message>
    <message>
        <source>PASS (threshold %1)</source>
        <translation>PASS (기준 %1)</translation>
    </message>
    <message>
        <source>FAIL (threshold %1)</source>
        <translation>FAIL (기준 %1)</translation>
    </message>
    <message>
        <source>STABLE: every run agrees</source>
        <translation>STABLE: 모든 실행 결과가 일치</translation>
    </message>
    <message>
        <source>UNSTABLE: runs disagree</source>
        <translation>UNSTABLE: 실행마다 결과가 다름</translation>
    </message>
    <message>
        <source>TTR %1 s (mean over DONE runs)</source>
        <translation>TTR %1초 (DONE 실행 평균)</translation>
    </message>
    <message>
        <source>Effective %1 tok/s (answer tokens / TTR)</source>
        <translation>실효 %1 tok/s (답변 토큰 / TTR)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Undecided: not every node has finished this task</source>
        <translation>미정: 아직 모든 노드가 이 태스크를 마치지 않았습니다</translation>
    </message>
    <message>
        <source>No node passes. Check the failing checks first: the harness may be wrong.</source>
        <translation>통과한 노드가 없습니다. 실패한 검사부터 확인하세요. 하니스가 잘못됐을 수 있습니다.</translation>
    </message>
    <message>
        <source>Passing: %1 of %2 nodes (%3)</source>
        <translation>통과: 노드 %2개 중 %1개 (%3)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>%1 / %2 (pass at %3)</source>
        <translation>%1 / %2 (통과 기준 %3)</translation>
    </message>
    <message>
        <source>Divergent approach: this solution's structure differs from the majority's (details: double-click)</source>
        <translation>다른 접근: 이 풀이의 구조가 다수와 다릅니다 (자세히: 더블클릭)</translation>
    </message>
</context>
<context>
    <name>BenchNodeLane</name>
    <message>
        <source>the node stopped answering</source>
        <translation>노드가 응답하지 않음</translation>
    </message>
</context>
<context>
    <name>BenchResumePlan</name>
    <message>
        <source>suite %1</source>
        <translation>스위트 %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>노드 %1</translation>
    </message>
    <message>
        <source>Cannot resume run %1: not available now: %2</source>
        <translation>실행 %1을(를) 재개할 수 없음: 지금 사용할 수 없음: %2</translation>
    </message>
    <message>
        <source>no nodes</source>
        <translation>노드 없음</translation>
    </message>
</context>
<context>
    <name>BenchRunListModel</name>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Suites</source>
        <translation>스위트</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>UNAN. / MAJ. / SPLIT / ALL_FAIL</source>
        <translation>UNAN. / MAJ. / SPLIT / ALL_FAIL</translation>
    </message>
</context>
<context>
    <name>BenchRunner</name>
    <message>
        <source>a benchmark is already running</source>
        <translation>벤치마크가 이미 실행 중입니다</translation>
    </message>
    <message>
        <source>a benchmark needs at least one suite, one node (with unique names) and one run</source>
        <translation>벤치마크에는 스위트 1개, 노드 1개(이름 중복 없음), 실행 1회 이상이 필요합니다</translation>
    </message>
    <message>
        <source>resuming needs the history store</source>
        <translation>재개하려면 기록 저장소가 필요합니다</translation>
    </message>
    <message>
        <source>no stored benchmark run %1</source>
        <translation>저장된 벤치마크 실행 %1이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>BenchSetupPanel</name>
    <message>
        <source>Fresh prompt per run (no prompt cache)</source>
        <translation>실행마다 새 프롬프트 (프롬프트 캐시 없음)</translation>
    </message>
    <message>
        <source>n runs per task and node. n = 3 separates model limits from inference non-determinism (vLLM with MTP answers differently from run to run).</source>
        <translation>태스크와 노드마다 n회 실행합니다. n = 3이면 모델의 한계와 추론 비결정성을 구분할 수 있습니다 (MTP를 쓰는 vLLM은 실행마다 답이 다릅니다).</translation>
    </message>
    <message>
        <source>Each task's setting</source>
        <translation>태스크별 설정</translation>
    </message>
    <message>
        <source>Thinking ON for every task</source>
        <translation>모든 태스크에 사고 ON</translation>
    </message>
    <message>
        <source>Thinking OFF for every task</source>
        <translation>모든 태스크에 사고 OFF</translation>
    </message>
    <message>
        <source>Adds a unique line to each prompt so no prompt cache serves a repeated run.</source>
        <translation>각 프롬프트에 고유한 줄을 추가해 반복 실행이 프롬프트 캐시로 처리되지 않게 합니다.</translation>
    </message>
    <message>
        <source>Runs per cell:</source>
        <translation>셀당 실행 횟수:</translation>
    </message>
    <message>
        <source>Thinking:</source>
        <translation>사고:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suites&lt;/b&gt;</source>
        <translation>&lt;b&gt;스위트&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nodes&lt;/b&gt;</source>
        <translation>&lt;b&gt;노드&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n task(s))</source>
        <translation>
            <numerusform>%1 (태스크 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not loaded (fix the file):
%1</source>
        <translation>로드되지 않음 (파일을 수정하세요):
%1</translation>
    </message>
    <message>
        <source>%1 — %2 (simulated)</source>
        <translation>%1 — %2 (시뮬레이션)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 tasks × %2 nodes × %3 runs = %4 task runs</source>
        <translation>태스크 %1개 × 노드 %2개 × %3회 = 태스크 실행 %4회</translation>
    </message>
</context>
<context>
    <name>BenchTrend</name>
    <message>
        <source>%1: engine changed (%2)</source>
        <translation>%1: 엔진 변경 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>BenchmarksPage</name>
    <message>
        <source>%1 stopped answering: %2. Its remaining cells are marked ERROR; the other nodes go on.</source>
        <translation>%1이(가) 응답을 멈췄습니다: %2. 남은 셀은 ERROR로 표시되고 다른 노드는 계속 진행합니다.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Resume interrupted run</source>
        <translation>중단된 실행 재개</translation>
    </message>
    <message>
        <source>%v / %m runs</source>
        <translation>%v / %m회 실행</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Pick at least one suite and one node.</source>
        <translation>스위트와 노드를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>시작할 수 없음: %1</translation>
    </message>
    <message>
        <source>Probing the nodes…</source>
        <translation>노드 확인 중…</translation>
    </message>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation>실행 %1이(가) 기록에 없습니다.</translation>
    </message>
    <message>
        <source>Could not resume: %1</source>
        <translation>재개할 수 없음: %1</translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %n stored cell(s) kept.</source>
        <translation>
            <numerusform>실행 %1 재개: 저장된 셀 %n개를 유지합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing stored run %1 from %2 (%3)</source>
        <translation>저장된 실행 %1 표시 중 (%2, %3)</translation>
    </message>
    <message>
        <source>Paused: requests in flight finish, no new ones start.</source>
        <translation>일시 정지됨: 진행 중인 요청은 끝까지 처리하고 새 요청은 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>Probing the nodes… (%1)</source>
        <translation>노드 확인 중… (%1)</translation>
    </message>
    <message>
        <source>%1 / %2 on %3 · run %4 of %5 · %6 of %7 runs done · elapsed %8%9</source>
        <translation>%1 / %2 @ %3 · 실행 %4/%5 · %7회 중 %6회 완료 · 경과 %8%9</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 일시 정지됨</translation>
    </message>
    <message>
        <source>Run %1 %2 after %3.</source>
        <translation>실행 %1 %2 (소요 %3).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Verdicts: &lt;b&gt;%1&lt;/b&gt; UNANIMOUS · &lt;b&gt;%2&lt;/b&gt; MAJORITY · &lt;b&gt;%3&lt;/b&gt; SPLIT · &lt;b&gt;%4&lt;/b&gt; ALL_FAIL</source>
        <translation>판정: &lt;b&gt;%1&lt;/b&gt; UNANIMOUS · &lt;b&gt;%2&lt;/b&gt; MAJORITY · &lt;b&gt;%3&lt;/b&gt; SPLIT · &lt;b&gt;%4&lt;/b&gt; ALL_FAIL</translation>
    </message>
    <message numerus="yes">
        <source>No node passes %n task(s): read the failing checks first (click the verdict), the harness may be wrong.</source>
        <translation>
            <numerusform>태스크 %n개를 통과한 노드가 없습니다. 실패한 검사부터 확인하세요 (판정 클릭). 하니스가 잘못됐을 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the selected suites on the selected nodes (Ctrl+Return)</source>
        <translation>선택한 노드에서 선택한 스위트 실행 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop the run; finished cells are kept (Esc)</source>
        <translation>실행 중지, 완료된 셀은 유지됨 (Esc)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>%1 / %2 on %3 · run %4 of %5 · %6 of %7 runs done · %8 since resuming%9</source>
        <translation>%3에서 %1 / %2 · 실행 %4/%5 · %7회 중 %6회 완료 · 재개 후 %8%9</translation>
    </message>
</context>
<context>
    <name>CardFormat</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 토큰</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>&lt; %1 ms</source>
        <translation>&lt; %1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n초 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>CellDetailDialog</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; / %2 on &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%3&lt;/b&gt;에서 &lt;b&gt;%1&lt;/b&gt; / %2</translation>
    </message>
    <message numerus="yes">
        <source>mean %1 (min %2, max %3) over %n scored run(s)</source>
        <translation>
            <numerusform>채점된 실행 %n회 평균 %1 (최소 %2, 최대 %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>기준 %1</translation>
    </message>
    <message>
        <source>STABLE</source>
        <translation>STABLE</translation>
    </message>
    <message>
        <source>UNSTABLE</source>
        <translation>UNSTABLE</translation>
    </message>
    <message>
        <source>TTR %1 s</source>
        <translation>TTR %1초</translation>
    </message>
    <message>
        <source>%1 tok/s effective</source>
        <translation>실효 %1 tok/s</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>실행 %1 · %2</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Prompt (turn %1)</source>
        <translation>프롬프트 (턴 %1)</translation>
    </message>
    <message>
        <source>Not reached.</source>
        <translation>도달하지 않았습니다.</translation>
    </message>
    <message>
        <source>Thinking (turn %1)</source>
        <translation>사고 과정 (턴 %1)</translation>
    </message>
    <message>
        <source>Answer (turn %1)</source>
        <translation>답변 (턴 %1)</translation>
    </message>
    <message>
        <source>divergent approach (see the Structure tab)</source>
        <translation>다른 접근 (구조 탭 참고)</translation>
    </message>
    <message>
        <source>Structure ≠</source>
        <translation>구조 ≠</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>구조</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>The node redirected to %1: fix the node URL (Tokscope does not follow redirects).</source>
        <translation>노드가 %1(으)로 리디렉션했습니다. 노드 URL을 수정하세요 (Tokscope는 리디렉션을 따르지 않습니다).</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>다른 주소</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>사고 과정</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>The node answered HTTP %1 with an empty body.</source>
        <translation>노드가 빈 본문으로 HTTP %1을(를) 응답했습니다.</translation>
    </message>
    <message>
        <source>No complete answer within the total deadline of %1 s.</source>
        <translation>전체 기한 %1초 안에 완전한 답변이 오지 않았습니다.</translation>
    </message>
    <message>
        <source>The node sent nothing for %1 s (idle timeout).</source>
        <translation>노드가 %1초 동안 아무것도 보내지 않았습니다 (유휴 타임아웃).</translation>
    </message>
    <message>
        <source>Replaced by a new request.</source>
        <translation>새 요청으로 대체되었습니다.</translation>
    </message>
    <message>
        <source>Invalid node URL "%1".</source>
        <translation>잘못된 노드 URL "%1".</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>The request was dropped: its network manager was deleted.</source>
        <translation>요청이 폐기되었습니다: 네트워크 관리자가 삭제되었습니다.</translation>
    </message>
    <message>
        <source>The node answered HTTP %1 with an HTML page (Content-Type %2), not an event stream: a proxy or login page in the way?</source>
        <translation>노드가 이벤트 스트림이 아니라 HTML 페이지(Content-Type %2)로 HTTP %1 응답을 보냈습니다. 중간에 프록시나 로그인 페이지가 있나요?</translation>
    </message>
    <message>
        <source>Runaway: the server stopped generation because the output repeats (finish_reason "repetition").</source>
        <translation>폭주(Runaway): 출력이 반복되어 서버가 생성을 중단했습니다 (finish_reason "repetition").</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>negated: %1</source>
        <translation>부정: %1</translation>
    </message>
    <message>
        <source>no answer for turn %1</source>
        <translation>턴 %1의 답변 없음</translation>
    </message>
</context>
<context>
    <name>ChoiceCheck</name>
    <message>
        <source>no single option found (expected %1)</source>
        <translation>선택지 하나를 특정하지 못함 (예상 %1)</translation>
    </message>
    <message>
        <source>chose %1, expected %2</source>
        <translation>%1 선택, 예상 %2</translation>
    </message>
</context>
<context>
    <name>ChunkDecoder</name>
    <message>
        <source>The server sent a chunk that is not valid JSON (%1): %2</source>
        <translation>서버가 유효한 JSON이 아닌 청크를 보냈습니다 (%1): %2</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Run benchmark suites on nodes, score answers, verdicts</source>
        <translation>노드에서 벤치마크 스위트 실행, 답변 채점, 판정</translation>
    </message>
    <message>
        <source>A/B compare nodes and thinking ON/OFF on one prompt (n runs)</source>
        <translation>한 프롬프트로 노드와 사고 ON/OFF를 A/B 비교 (n회 실행)</translation>
    </message>
    <message>
        <source>Benchmark history: list, show, export, compare runs</source>
        <translation>벤치마크 기록: 실행 목록, 조회, 내보내기, 비교</translation>
    </message>
    <message>
        <source>Usage: tokscope-cli &lt;command&gt; [options]</source>
        <translation>사용법: tokscope-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Show this list.</source>
        <translation>이 목록을 표시합니다.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>버전을 출력합니다.</translation>
    </message>
    <message>
        <source>Run 'tokscope-cli &lt;command&gt; --help' for a command's options.</source>
        <translation>명령의 옵션을 보려면 'tokscope-cli &lt;command&gt; --help'를 실행하세요.</translation>
    </message>
    <message>
        <source>Poll nodes once (or --watch S): status, backend, model, latency, metrics</source>
        <translation>노드를 한 번 폴링 (또는 --watch S): 상태, 백엔드, 모델, 지연, 메트릭</translation>
    </message>
    <message>
        <source>Run a simulated vLLM / llama.cpp node on 127.0.0.1</source>
        <translation>127.0.0.1에서 시뮬레이션 vLLM / llama.cpp 노드 실행</translation>
    </message>
    <message>
        <source>Builder -&gt; reviewer pair on coding tasks: TCT and the rubber-stamp test</source>
        <translation>코딩 작업에 빌더 -&gt; 리뷰어 페어 실행: TCT와 무조건 승인(rubber-stamp) 테스트</translation>
    </message>
    <message>
        <source>Suite tools: verify a suite's checks against known answers</source>
        <translation>스위트 도구: 알려진 답변으로 스위트의 검사를 검증</translation>
    </message>
</context>
<context>
    <name>CliNodes</name>
    <message>
        <source>config file not found: %1</source>
        <translation>설정 파일을 찾을 수 없음: %1</translation>
    </message>
    <message>
        <source>unknown node '%1': not a configured name and not a URL</source>
        <translation>알 수 없는 노드 '%1': 설정된 이름도 URL도 아님</translation>
    </message>
</context>
<context>
    <name>CloudProbeInterpreter</name>
    <message>
        <source>retry after %1 s</source>
        <translation>%1초 후 재시도</translation>
    </message>
    <message>
        <source>retry after %1</source>
        <translation>%1 후 재시도</translation>
    </message>
    <message>
        <source>HTTP 401: the API key was refused — check the key%1</source>
        <translation>HTTP 401: API 키가 거부되었습니다 — 키를 확인하세요%1</translation>
    </message>
    <message>
        <source>HTTP 403: the key may not use this API — check its permissions%1</source>
        <translation>HTTP 403: 이 키로는 이 API를 쓸 수 없을 수 있습니다 — 권한을 확인하세요%1</translation>
    </message>
    <message>
        <source>HTTP 429: rate limited%1</source>
        <translation>HTTP 429: 요청 한도 초과%1</translation>
    </message>
    <message>
        <source>HTTP 429: rate limited, %1%2</source>
        <translation>HTTP 429: 요청 한도 초과, %1%2</translation>
    </message>
    <message>
        <source>HTTP 529: the API is overloaded — try again later%1</source>
        <translation>HTTP 529: API 과부하 — 나중에 다시 시도하세요%1</translation>
    </message>
    <message>
        <source>HTTP %1%2%3</source>
        <translation>HTTP %1%2%3</translation>
    </message>
    <message>
        <source>cannot reach the API: %1</source>
        <translation>API에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: not a model list</source>
        <translation>%1: 모델 목록이 아닙니다</translation>
    </message>
</context>
<context>
    <name>CodeCheck</name>
    <message>
        <source>language %1 is not supported</source>
        <translation>%1 언어는 지원하지 않음</translation>
    </message>
    <message>
        <source>no code in the answer</source>
        <translation>답변에 코드가 없음</translation>
    </message>
    <message>
        <source>sandbox unavailable: %1</source>
        <translation>샌드박스 사용 불가: %1</translation>
    </message>
    <message>
        <source>sandbox failed to start: %1</source>
        <translation>샌드박스 시작 실패: %1</translation>
    </message>
    <message>
        <source>tests passed (%1 ms)</source>
        <translation>테스트 통과 (%1 ms)</translation>
    </message>
    <message>
        <source>tests failed (exit %1): %2</source>
        <translation>테스트 실패 (종료 코드 %1): %2</translation>
    </message>
</context>
<context>
    <name>CodeConsensus</name>
    <message>
        <source>divergent approach: %1</source>
        <translation>다른 접근: %1</translation>
    </message>
    <message>
        <source>divergent approaches: %1</source>
        <translation>다른 접근들: %1</translation>
    </message>
    <message numerus="yes">
        <source>structural consensus: the %n solutions agree</source>
        <translation><numerusform>구조적 합의: 풀이 %n개가 일치합니다</numerusform></translation>
    </message>
    <message>
        <source>no structural majority: the solutions differ, nothing flagged</source>
        <translation>구조적 다수 없음: 풀이가 서로 달라 표시하지 않습니다</translation>
    </message>
    <message>
        <source>structural consensus needs %1 analysed solutions, %2 available: nothing flagged</source>
        <translation>구조적 합의에는 분석된 풀이 %1개가 필요하지만 %2개뿐입니다: 표시하지 않습니다</translation>
    </message>
</context>
<context>
    <name>CodeExtractor</name>
    <message>
        <source>the whole answer (no code block)</source>
        <translation>답변 전체 (코드 블록 없음)</translation>
    </message>
    <message>
        <source>block %1 of %2 (no definitions found)</source>
        <translation>블록 %1/%2 (정의를 찾지 못함)</translation>
    </message>
    <message>
        <source>code from block(s) %1 of %2</source>
        <translation>블록 %1/%2의 코드</translation>
    </message>
    <message numerus="yes">
        <source>; left out %n usage statement(s)</source>
        <translation>
            <numerusform>; 사용 예 구문 %n개 제외</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeStructure</name>
    <message>
        <source>structure not analysed</source>
        <translation>구조 분석 안 됨</translation>
    </message>
    <message>
        <source>structure unavailable: %1</source>
        <translation>구조를 알 수 없음: %1</translation>
    </message>
    <message>
        <source>imports %1</source>
        <translation>import %1</translation>
    </message>
    <message>
        <source>the analyser gave no result</source>
        <translation>분석기가 결과를 내지 않았습니다</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>코드 없음</translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <translation>구문 오류: %1</translation>
    </message>
    <message>
        <source>cannot analyse: %1</source>
        <translation>분석할 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>CodeStructureReader</name>
    <message>
        <source>sandbox unavailable: %1</source>
        <translation>샌드박스를 쓸 수 없음: %1</translation>
    </message>
    <message>
        <source>the analyser failed: %1</source>
        <translation>분석기 실패: %1</translation>
    </message>
    <message>
        <source>the analyser gave unreadable output</source>
        <translation>분석기의 출력을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>CompareChartsPanel</name>
    <message>
        <source>Queue / network</source>
        <translation>대기열 / 네트워크</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>프리필</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>사고</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Run a comparison to see its charts</source>
        <translation>비교를 실행하면 차트가 표시됩니다</translation>
    </message>
    <message>
        <source>Prefill vs decode speed (mean, min-max)</source>
        <translation>프리필 대 디코드 속도 (평균, 최소-최대)</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>ON</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>OFF</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>min %1, max %2 over %3 runs</source>
        <translation>실행 %3회 중 최소 %1, 최대 %2</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Where the time to complete response goes (mean)</source>
        <translation>전체 응답 완료 시간의 구성 (평균)</translation>
    </message>
    <message>
        <source>of TTR %1 ms</source>
        <translation>TTR %1 ms 중</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>시간 (ms)</translation>
    </message>
    <message>
        <source>%1 · thinking %2</source>
        <translation>%1 · 사고 %2</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>디코드</translation>
    </message>
    <message>
        <source>speed (tok/s, log scale)</source>
        <translation>속도 (tok/s, 로그 스케일)</translation>
    </message>
    <message>
        <source>Raw vs effective speed (mean, min-max)</source>
        <translation>원시 대 실효 속도 (평균, 최소-최대)</translation>
    </message>
    <message>
        <source>Raw (decode)</source>
        <translation>원시 (디코드)</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>실효</translation>
    </message>
    <message>
        <source>speed (tok/s)</source>
        <translation>속도 (tok/s)</translation>
    </message>
    <message>
        <source>N%1 %2</source>
        <translation>N%1 %2</translation>
    </message>
    <message>
        <source>N%1 = %2</source>
        <translation>N%1 = %2</translation>
    </message>
    <message>
        <source>Comparison: "%1"</source>
        <translation>비교: "%1"</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n run(s) per node and mode</source>
        <translation>
            <numerusform>%1 · 노드 및 모드당 %n회 실행</numerusform>
        </translation>
    </message>
    <message>
        <source>SIMULATED: not real hardware</source>
        <translation>SIMULATED: 실제 하드웨어 아님</translation>
    </message>
    <message>
        <source>Tokscope comparison</source>
        <translation>Tokscope 비교</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없음</translation>
    </message>
    <message>
        <source>save as .png or .svg</source>
        <translation>.png 또는 .svg로 저장하세요</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>cannot read the prompt file %1: %2</source>
        <translation>프롬프트 파일 %1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>Sends one prompt to several nodes with thinking ON and/or OFF, n runs each, and compares TTFT, prefill, thinking time, TTR and speeds.</source>
        <translation>하나의 프롬프트를 여러 노드에 사고 ON 및/또는 OFF로 각각 n회 보내고 TTFT, 프리필, 사고 시간, TTR, 속도를 비교합니다.</translation>
    </message>
    <message>
        <source>A configured node's name or id, or a base URL. Repeat for more nodes.</source>
        <translation>설정된 노드의 이름 또는 id, 혹은 기본 URL. 여러 노드는 반복해서 지정.</translation>
    </message>
    <message>
        <source>Thinking modes to try: on, off or on,off (default on,off).</source>
        <translation>시험할 사고 모드: on, off 또는 on,off (기본값 on,off).</translation>
    </message>
    <message>
        <source>Measured runs per node and mode (default 3).</source>
        <translation>노드와 모드별 측정 실행 횟수 (기본값 3).</translation>
    </message>
    <message>
        <source>Read the prompt from a file (- for standard input).</source>
        <translation>파일에서 프롬프트를 읽음 (-는 표준 입력).</translation>
    </message>
    <message>
        <source>The prompt text.</source>
        <translation>프롬프트 텍스트.</translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation>시스템 프롬프트.</translation>
    </message>
    <message>
        <source>Model name to request (default: what the node serves).</source>
        <translation>요청할 모델 이름 (기본값: 노드가 제공하는 모델).</translation>
    </message>
    <message>
        <source>Max tokens per answer (default 32768 with thinking ON, 4096 with thinking OFF).</source>
        <translation>답변당 최대 토큰 (기본값: 사고 ON이면 32768, 사고 OFF면 4096).</translation>
    </message>
    <message>
        <source>Sampling temperature (default: the server's).</source>
        <translation>샘플링 temperature (기본값: 서버 설정).</translation>
    </message>
    <message>
        <source>Sampling seed, the same for every run.</source>
        <translation>샘플링 시드, 모든 실행에 동일.</translation>
    </message>
    <message>
        <source>Run all nodes at once (one request per node) instead of one request at a time.</source>
        <translation>요청을 하나씩 보내는 대신 모든 노드를 동시에 실행 (노드당 요청 1개).</translation>
    </message>
    <message>
        <source>Total deadline per request in seconds (default 600).</source>
        <translation>요청당 전체 기한(초) (기본값 600).</translation>
    </message>
    <message>
        <source>Skip the uncounted warm-up request per node.</source>
        <translation>노드별 워밍업 요청(집계 안 함)을 건너뜀.</translation>
    </message>
    <message>
        <source>Print JSON ({"run", "cells", "summary"}) instead of tables.</source>
        <translation>표 대신 JSON ({"run", "cells", "summary"})을 출력.</translation>
    </message>
    <message>
        <source>History database file (default: the app's history).</source>
        <translation>기록 데이터베이스 파일 (기본값: 앱의 기록).</translation>
    </message>
    <message>
        <source>Do not keep this run in the history.</source>
        <translation>이 실행을 기록에 남기지 않음.</translation>
    </message>
    <message>
        <source>Also write the run to FILE (.json, .csv or .md).</source>
        <translation>실행 결과를 FILE(.json, .csv 또는 .md)에도 씀.</translation>
    </message>
    <message>
        <source>A name for this run in the history.</source>
        <translation>기록에 남길 이 실행의 이름.</translation>
    </message>
    <message>
        <source>Node list file (default: the app's saved nodes).</source>
        <translation>노드 목록 파일 (기본값: 앱에 저장된 노드).</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>예상치 못한 인수 '%1'</translation>
    </message>
    <message>
        <source>name at least one node with --node</source>
        <translation>--node로 노드를 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>--thinking takes on, off or on,off</source>
        <translation>--thinking에는 on, off 또는 on,off를 지정하세요</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2</source>
        <translation>--%1에는 %2 이상의 정수가 필요합니다</translation>
    </message>
    <message>
        <source>--temperature needs a number</source>
        <translation>--temperature에는 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed에는 정수가 필요합니다</translation>
    </message>
    <message>
        <source>--deadline needs a number of seconds (up to one day)</source>
        <translation>--deadline에는 초 단위 숫자가 필요합니다 (최대 하루)</translation>
    </message>
    <message>
        <source>give the prompt with either --prompt or --prompt-file</source>
        <translation>프롬프트는 --prompt 또는 --prompt-file 중 하나로 지정하세요</translation>
    </message>
    <message>
        <source>--export needs a file ending in .json, .csv or .md</source>
        <translation>--export에는 .json, .csv 또는 .md로 끝나는 파일이 필요합니다</translation>
    </message>
    <message>
        <source>%1: %2, %3, model %4%5</source>
        <translation>%1: %2, %3, 모델 %4%5</translation>
    </message>
    <message>
        <source>Interrupted: cancelling every request (Ctrl-C again to quit at once).</source>
        <translation>중단됨: 모든 요청을 취소하는 중 (즉시 끝내려면 Ctrl-C를 한 번 더).</translation>
    </message>
    <message>
        <source>Summary: mean (min-max) over DONE runs</source>
        <translation>요약: DONE 실행의 평균 (최소-최대)</translation>
    </message>
    <message>
        <source>Differences, %1 thinking %2:</source>
        <translation>차이, %1 사고 %2:</translation>
    </message>
    <message>
        <source>Saved to history as %1 (%2)</source>
        <translation>기록에 %1(으)로 저장됨 (%2)</translation>
    </message>
    <message>
        <source>Make every request unique so no prompt cache can serve it (the default).</source>
        <translation>모든 요청을 고유하게 만들어 프롬프트 캐시가 응답하지 못하게 합니다 (기본값).</translation>
    </message>
    <message>
        <source>Send the prompt unchanged, to measure cached behaviour (prefill may come from the server's prompt cache).</source>
        <translation>프롬프트를 그대로 보내 캐시된 동작을 측정합니다 (프리필이 서버의 프롬프트 캐시에서 나올 수 있음).</translation>
    </message>
    <message>
        <source>Give up a warm-up that gets no answer after S seconds (default 25).</source>
        <translation>응답이 없는 워밍업을 S초 후 포기합니다 (기본 25).</translation>
    </message>
    <message>
        <source>Price table (JSON: {"&lt;node id&gt;": {"input": 3, "output": 15, "cache_read": 0.3, "cache_write": 3.75}}, per million tokens) for the cost of each request (default: none, cost unknown).</source>
        <translation>가격표 (JSON: {"&lt;node id&gt;": {"input": 3, "output": 15, "cache_read": 0.3, "cache_write": 3.75}}, 백만 토큰당) — 각 요청의 비용 계산용 (기본: 없음, 비용 알 수 없음).</translation>
    </message>
    <message>
        <source>--warmup-timeout needs a number of seconds (up to one hour)</source>
        <translation>--warmup-timeout에는 초 단위 숫자가 필요합니다 (최대 1시간)</translation>
    </message>
    <message>
        <source>cannot read the price table %1: %2</source>
        <translation>가격표 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>CompareConsensus</name>
    <message>
        <source>%1 (thinking)</source>
        <translation>%1 (생각 켬)</translation>
    </message>
    <message>
        <source>%1 (no thinking)</source>
        <translation>%1 (생각 끔)</translation>
    </message>
</context>
<context>
    <name>CompareExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>CompareGroupPane</name>
    <message>
        <source>SIMULATED</source>
        <translation>시뮬레이션</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>사고</translation>
    </message>
    <message>
        <source>Show diff</source>
        <translation>차이 보기</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>run %1 of %2</source>
        <translation>실행 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) received</source>
        <translation>
            <numerusform>청크 %n개 수신</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>streaming: %n character(s)</source>
        <translation>
            <numerusform>스트리밍 중: %n자</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) carried the tokens</source>
        <translation>
            <numerusform>토큰이 청크 %n개에 실려 옴</numerusform>
        </translation>
    </message>
    <message>
        <source>Differing answers</source>
        <translation>서로 다른 답변</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>답변 복사</translation>
    </message>
    <message>
        <source>Copy this pane's answer to the clipboard</source>
        <translation>이 창의 답변을 클립보드에 복사</translation>
    </message>
    <message>
        <source>warm-up (not counted)</source>
        <translation>워밍업 (집계 안 함)</translation>
    </message>
    <message>
        <source>The warm-up got no usable answer (%1); the measured runs still try.</source>
        <translation>워밍업에서 쓸 수 있는 답변을 받지 못했습니다 (%1). 측정 실행은 그대로 시도합니다.</translation>
    </message>
    <message>
        <source>warm-up waiting %1 s (gives up after %2 s)</source>
        <translation>워밍업 대기 %1 s (%2 s 후 포기)</translation>
    </message>
    <message>
        <source>%1 s (gives up after %2 s)</source>
        <translation>%1 s (%2 s 후 포기)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>TTR mean %1 ms over %n DONE run(s)</source>
        <translation>
            <numerusform>DONE 실행 %n회의 TTR 평균 %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The warm-up got no answer in %1 s and was given up; the measured runs still try.</source>
        <translation>워밍업이 %1초 안에 응답을 받지 못해 포기했습니다. 측정 실행은 계속 시도합니다.</translation>
    </message>
    <message>
        <source>tokens: %1</source>
        <translation>토큰: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>사용량: %1</translation>
    </message>
</context>
<context>
    <name>CompareHistoryStore</name>
    <message>
        <source>History database is not open</source>
        <translation>기록 데이터베이스가 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>Cannot update the history schema</source>
        <translation>기록 스키마를 갱신할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save the comparison</source>
        <translation>비교를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>id가 없습니다</translation>
    </message>
    <message>
        <source>Cannot list the history</source>
        <translation>기록 목록을 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the comparison</source>
        <translation>비교를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>no run with id %1</source>
        <translation>id가 %1인 실행이 없습니다</translation>
    </message>
    <message>
        <source>Cannot rename the comparison</source>
        <translation>비교 이름을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot delete the comparison</source>
        <translation>비교를 삭제할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>CompareMarkdown</name>
    <message>
        <source>Tokscope comparison</source>
        <translation>Tokscope 비교</translation>
    </message>
    <message>
        <source>- Run: `%1`</source>
        <translation>- 실행: `%1`</translation>
    </message>
    <message>
        <source>- Started: %1 UTC</source>
        <translation>- 시작: %1 UTC</translation>
    </message>
    <message>
        <source>- Runs per node and mode: %1; order: %2; warm-up: %3; cache busting: %4</source>
        <translation>- 노드·모드별 실행 횟수: %1; 순서: %2; 워밍업: %3; 캐시 우회: %4</translation>
    </message>
    <message>
        <source>all nodes at once</source>
        <translation>모든 노드 동시</translation>
    </message>
    <message>
        <source>one request at a time</source>
        <translation>한 번에 요청 하나</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>- Max tokens: %1 (thinking ON), %2 (thinking OFF); temperature: %3; seed: %4; deadline: %5 s</source>
        <translation>- 최대 토큰: %1 (사고 ON), %2 (사고 OFF); temperature: %3; 시드: %4; 기한: %5초</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>서버 기본값</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>시스템:</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source> (simulated)</source>
        <translation> (시뮬레이션)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Mean over DONE runs, (min-max) when runs differ. TTFT: first token; TTFA: first answer token; TTR: last token, all from the request start. Effective speed = answer tokens / TTR.</source>
        <translation>DONE 실행의 평균이며, 실행마다 다르면 (최소-최대)를 함께 씁니다. TTFT: 첫 토큰, TTFA: 첫 답변 토큰, TTR: 마지막 토큰까지의 시간이며 모두 요청 시작부터 잽니다. 실효 속도 = 답변 토큰 / TTR.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Differences between runs</source>
        <translation>실행 간 차이</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>%1, %2, run %3 (%4)</source>
        <translation>%1, %2, 실행 %3 (%4)</translation>
    </message>
    <message>
        <source>Usage and cost</source>
        <translation>사용량과 비용</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>캐시 읽기</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>캐시 쓰기</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>추론</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Cost uses the price table (per million tokens, per node); "unknown" when a node has no prices.</source>
        <translation>비용은 가격표(노드별, 백만 토큰당)를 씁니다. 가격이 없는 노드는 "알 수 없음"입니다.</translation>
    </message>
</context>
<context>
    <name>CompareMetric</name>
    <message>
        <source>Prefill</source>
        <translation>프리필</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>실효</translation>
    </message>
    <message>
        <source>Server decode</source>
        <translation>서버 디코드</translation>
    </message>
    <message>
        <source>Raw decode</source>
        <translation>원시 디코드</translation>
    </message>
    <message>
        <source>Server decode (n-1)</source>
        <translation>서버 디코드 (n-1)</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Pick nodes and modes, type a prompt, press Run.</source>
        <translation>노드와 모드를 고르고 프롬프트를 입력한 뒤 실행을 누르세요.</translation>
    </message>
    <message>
        <source>Reopen an earlier comparison from history</source>
        <translation>기록에서 이전 비교 다시 열기</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save charts…</source>
        <translation>차트 저장…</translation>
    </message>
    <message>
        <source>Running: %1 of %2 requests finished</source>
        <translation>실행 중: 요청 %2개 중 %1개 완료</translation>
    </message>
    <message>
        <source>Earlier comparisons…</source>
        <translation>이전 비교…</translation>
    </message>
    <message>
        <source>Tick at least one node and thinking mode.</source>
        <translation>노드와 사고 모드를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>%1 of %2 measured requests DONE</source>
        <translation>측정 요청 %2개 중 %1개 DONE</translation>
    </message>
    <message>
        <source>saved to history</source>
        <translation>기록에 저장됨</translation>
    </message>
    <message>
        <source>could not save to history: %1</source>
        <translation>기록에 저장하지 못함: %1</translation>
    </message>
    <message>
        <source>Could not open that comparison: %1</source>
        <translation>해당 비교를 열 수 없음: %1</translation>
    </message>
    <message>
        <source>Showing the comparison of %1</source>
        <translation>%1의 비교 표시 중</translation>
    </message>
    <message>
        <source>Export as .json, .csv or .md</source>
        <translation>.json, .csv 또는 .md로 내보내기</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냄</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>비교 내보내기</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;CSV (*.csv)</source>
        <translation>마크다운 (*.md);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>Load prompt</source>
        <translation>프롬프트 불러오기</translation>
    </message>
    <message>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>텍스트 (*.txt *.md);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>Run the comparison (Ctrl+Return)</source>
        <translation>비교 실행 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop the running comparison (Esc)</source>
        <translation>실행 중인 비교 중지 (Esc)</translation>
    </message>
    <message>
        <source>Mean over the DONE runs, min-max below, then the source. Best of each row in bold on green. Click a row's name to order the columns by it.</source>
        <translation>DONE 실행의 평균이며, 아래에 최소-최대와 출처가 표시됩니다. 행마다 가장 좋은 값은 녹색 바탕에 굵게 표시됩니다. 행 이름을 클릭하면 그 행을 기준으로 열을 정렬합니다.</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Markdown으로 복사</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>나란히 보기</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Showing the latest comparison, of %1.</source>
        <translation>최근 비교를 표시하고 있습니다 (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n cell(s) · %3</source>
        <translation>
            <numerusform>%1 · %2 · 셀 %n개 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 measured requests DONE
Nodes: %3
Prompt: %4</source>
        <translation>측정 요청 %2개 중 %1개 DONE
노드: %3
프롬프트: %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nodes are down</source>
        <translation>다운된 노드</translation>
    </message>
    <message>
        <source>The dashboard shows these nodes as down:
%1

Their requests will probably fail. Run anyway?</source>
        <translation>대시보드에 다음 노드가 다운 상태로 표시되어 있습니다:
%1

이 노드에 대한 요청은 실패할 가능성이 높습니다. 그래도 실행하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>Not started: %n node(s) down.</source>
        <translation>
            <numerusform>시작하지 않음: 노드 %n개가 다운 상태입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the charts: %1</source>
        <translation>차트를 저장할 수 없음: %1</translation>
    </message>
    <message>
        <source>Charts saved to %1</source>
        <translation>차트를 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>Structural consensus: analysing the code answers…</source>
        <translation>구조적 합의: 코드 답변을 분석하는 중…</translation>
    </message>
    <message>
        <source>Divergent approach</source>
        <translation>다른 접근</translation>
    </message>
    <message>
        <source>Structure: %1</source>
        <translation>구조: %1</translation>
    </message>
    <message>
        <source>structure and similarity…</source>
        <translation>구조와 유사도…</translation>
    </message>
    <message>
        <source>Structural consensus</source>
        <translation>구조적 합의</translation>
    </message>
</context>
<context>
    <name>CompareResultJson</name>
    <message>
        <source>Not a Tokscope comparison: no "cells" list.</source>
        <translation>Tokscope 비교 파일이 아닙니다: "cells" 목록이 없습니다.</translation>
    </message>
    <message>
        <source>A cell is not an object.</source>
        <translation>셀이 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>파일이 유효한 JSON이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>CompareRunner</name>
    <message>
        <source>A comparison is already running.</source>
        <translation>비교가 이미 실행 중입니다.</translation>
    </message>
    <message>
        <source>Choose at least one node.</source>
        <translation>노드를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Node %1 has no usable URL.</source>
        <translation>노드 %1에 사용할 수 있는 URL이 없습니다.</translation>
    </message>
    <message>
        <source>Choose thinking ON or OFF (or both) for node %1.</source>
        <translation>노드 %1의 사고 ON 또는 OFF(또는 둘 다)를 선택하세요.</translation>
    </message>
    <message>
        <source>No result %1 s after the deadline.</source>
        <translation>기한이 지나고 %1초가 지나도 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>시작하기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>CompareSettings</name>
    <message>
        <source>The prompt is empty.</source>
        <translation>프롬프트가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The number of runs must be at least 1.</source>
        <translation>실행 횟수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Max tokens must be at least 1.</source>
        <translation>최대 토큰은 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The deadline must be positive.</source>
        <translation>기한은 양수여야 합니다.</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 2.</source>
        <translation>temperature는 0에서 2 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Earlier turns must be user or assistant messages.</source>
        <translation>이전 턴은 user 또는 assistant 메시지여야 합니다.</translation>
    </message>
    <message>
        <source>Thinking ON</source>
        <translation>사고 ON</translation>
    </message>
    <message>
        <source>Thinking OFF</source>
        <translation>사고 OFF</translation>
    </message>
</context>
<context>
    <name>CompareSetupPanel</name>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>불러오기…</translation>
    </message>
    <message>
        <source>Load the prompt from a text file</source>
        <translation>텍스트 파일에서 프롬프트 불러오기</translation>
    </message>
    <message>
        <source>Type the prompt every selected node answers</source>
        <translation>선택한 모든 노드가 답할 프롬프트를 입력하세요</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>시스템 프롬프트 (선택)</translation>
    </message>
    <message>
        <source>Nodes and thinking modes</source>
        <translation>노드와 사고 모드</translation>
    </message>
    <message>
        <source>Every cell runs n times: engines such as vLLM with MTP are not deterministic</source>
        <translation>각 셀은 n회 실행됩니다. MTP를 쓰는 vLLM 같은 엔진은 결정적이지 않습니다</translation>
    </message>
    <message>
        <source>Runs per cell</source>
        <translation>셀당 실행 횟수</translation>
    </message>
    <message>
        <source>Max tokens, thinking ON</source>
        <translation>최대 토큰, 사고 ON</translation>
    </message>
    <message>
        <source>Max tokens, thinking OFF</source>
        <translation>최대 토큰, 사고 OFF</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Total deadline per request (not an idle timeout)</source>
        <translation>요청당 전체 기한 (유휴 타임아웃 아님)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>All nodes at once</source>
        <translation>모든 노드 동시 실행</translation>
    </message>
    <message>
        <source>Off: one request at a time, so nodes never disturb each other's clock</source>
        <translation>끄면 요청을 하나씩 보내 노드끼리 시간 측정을 방해하지 않습니다</translation>
    </message>
    <message>
        <source>Bust prompt caches</source>
        <translation>프롬프트 캐시 우회</translation>
    </message>
    <message>
        <source>%1 (SIMULATED)</source>
        <translation>%1 (시뮬레이션)</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>ON</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>OFF</translation>
    </message>
    <message>
        <source>Thinking ON (chat_template_kwargs.enable_thinking = true)</source>
        <translation>사고 ON (chat_template_kwargs.enable_thinking = true)</translation>
    </message>
    <message>
        <source>Thinking OFF (chat_template_kwargs.enable_thinking = false)</source>
        <translation>사고 OFF (chat_template_kwargs.enable_thinking = false)</translation>
    </message>
    <message>
        <source>On by default: every run starts its prompt with a unique nonce, so no prompt cache serves it and prefill is really measured. Switch off to measure cached behaviour.</source>
        <translation>기본적으로 켜져 있습니다. 실행마다 프롬프트 앞에 고유한 nonce를 붙이므로 프롬프트 캐시가 응답하지 못하고 프리필이 실제로 측정됩니다. 캐시된 동작을 측정하려면 끄세요.</translation>
    </message>
    <message>
        <source>A warm-up that gets no answer in this time is given up; the measured runs still try</source>
        <translation>이 시간 안에 응답이 없는 워밍업은 포기합니다. 측정 실행은 계속 시도합니다</translation>
    </message>
    <message>
        <source>Warm-up gives up after</source>
        <translation>워밍업 포기 시간</translation>
    </message>
</context>
<context>
    <name>CompareTableDelegate</name>
    <message>
        <source>client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>est.</source>
        <translation>추정</translation>
    </message>
</context>
<context>
    <name>CompareTableModel</name>
    <message>
        <source>DONE runs</source>
        <translation>DONE 실행</translation>
    </message>
    <message>
        <source>Same answer each run</source>
        <translation>매 실행 같은 답변</translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation>사고 %1</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>ON</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>OFF</translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation>SIMULATED</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 of %2 measured runs ended DONE; only those are averaged.</source>
        <translation>측정 실행 %2회 중 %1회가 DONE으로 끝났으며, 그 실행만 평균에 포함됩니다.</translation>
    </message>
    <message>
        <source>Thinking is OFF in this column: nothing to measure.</source>
        <translation>이 열은 사고가 OFF이므로 측정할 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Mean of %n DONE run(s): %1</source>
        <translation>
            <numerusform>DONE 실행 %n회의 평균: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Min %1, max %2</source>
        <translation>최소 %1, 최대 %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Unknown: no DONE run reported this value.</source>
        <translation>알 수 없음: 이 값을 보고한 DONE 실행이 없습니다.</translation>
    </message>
    <message>
        <source>Click to order the columns by this row.</source>
        <translation>클릭하면 이 행을 기준으로 열을 정렬합니다.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
</context>
<context>
    <name>CompareTableView</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Markdown으로 복사</translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>사고</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Prefill source</source>
        <translation>프리필 출처</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>워밍업</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>안정성</translation>
    </message>
    <message>
        <source>%1 warm-up</source>
        <translation>%1 워밍업</translation>
    </message>
    <message>
        <source>%1 thinking %2 run %3</source>
        <translation>%1 사고 %2 실행 %3</translation>
    </message>
    <message>
        <source>, TTR %1 ms</source>
        <translation>, TTR %1 ms</translation>
    </message>
</context>
<context>
    <name>ConsensusHtml</name>
    <message>
        <source>divergent approach</source>
        <translation>다른 접근</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>정의</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Control flow</source>
        <translation>제어 흐름</translation>
    </message>
    <message>
        <source>Data structures</source>
        <translation>자료 구조</translation>
    </message>
    <message>
        <source>Solution of run</source>
        <translation>실행의 풀이</translation>
    </message>
    <message>
        <source>Fewer than two solutions could be analysed: nothing to compare.</source>
        <translation>분석할 수 있는 풀이가 두 개 미만입니다: 비교할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Structure read with Python's ast (nothing executed). Similarity = shared features / all features (Jaccard) over signatures, imports, control flow and data structures; two solutions agree at %1 or more (bold). With three or more solutions, one that agrees with none while the others are a majority is flagged.</source>
        <translation>구조는 Python의 ast로 읽습니다 (아무것도 실행하지 않음). 유사도 = 공유 특징 / 전체 특징 (Jaccard), 시그니처·import·제어 흐름·자료 구조 기준; 두 풀이는 %1 이상이면 일치합니다 (굵게). 풀이가 셋 이상일 때, 나머지가 다수인데 어느 것과도 일치하지 않는 풀이가 표시됩니다.</translation>
    </message>
    <message>
        <source>Pairwise similarity</source>
        <translation>쌍별 유사도</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <source>tokens per second from each node's /metrics counters; gaps = no data</source>
        <translation>각 노드의 /metrics 카운터로 계산한 초당 토큰 수; 빈 구간 = 데이터 없음</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5분</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24시간</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Start simulated lab</source>
        <translation>시뮬레이션 랩 시작</translation>
    </message>
    <message>
        <source>Edit nodes…</source>
        <translation>노드 편집…</translation>
    </message>
    <message>
        <source>No nodes are configured.</source>
        <translation>설정된 노드가 없습니다.</translation>
    </message>
    <message>
        <source>None of your nodes answers.</source>
        <translation>응답하는 노드가 없습니다.</translation>
    </message>
    <message>
        <source>Add your vLLM or llama.cpp servers in Nodes → Edit nodes, or try Tokscope with three simulated nodes running inside the app on 127.0.0.1.</source>
        <translation>노드 → 노드 편집에서 vLLM 또는 llama.cpp 서버를 추가하거나, 앱 안에서 127.0.0.1로 실행되는 시뮬레이션 노드 3개로 Tokscope를 체험해 보세요.</translation>
    </message>
    <message>
        <source>Check the addresses in Nodes → Edit nodes, or try Tokscope with three simulated nodes running inside the app on 127.0.0.1.</source>
        <translation>노드 → 노드 편집에서 주소를 확인하거나, 앱 안에서 127.0.0.1로 실행되는 시뮬레이션 노드 3개로 Tokscope를 체험해 보세요.</translation>
    </message>
</context>
<context>
    <name>GradingCorpus</name>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아님</translation>
    </message>
    <message>
        <source>"task" must be the task id (a string)</source>
        <translation>"task"는 작업 id (문자열)여야 함</translation>
    </message>
    <message>
        <source>the file name must be the task id "%1"</source>
        <translation>파일 이름이 작업 id "%1"과(와) 같아야 함</translation>
    </message>
    <message>
        <source>unknown field "%1"</source>
        <translation>알 수 없는 필드 "%1"</translation>
    </message>
    <message>
        <source>"%1" must be an array</source>
        <translation>"%1"은(는) 배열이어야 함</translation>
    </message>
    <message>
        <source>%1: needs "answer": an array of strings, one per turn</source>
        <translation>%1: "answer"가 필요함: 턴마다 하나씩인 문자열 배열</translation>
    </message>
    <message>
        <source>%1: every turn of "answer" must be a string</source>
        <translation>%1: "answer"의 모든 턴은 문자열이어야 함</translation>
    </message>
    <message>
        <source>%1: class "%2" is not one of %3</source>
        <translation>%1: 클래스 "%2"은(는) %3 중 하나가 아님</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: 해당 폴더가 없음</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>a corpus file belongs in a folder named after its suite file</source>
        <translation>코퍼스 파일은 해당 스위트 파일 이름을 딴 폴더에 있어야 함</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>run  started (UTC)         status       suites                      UNANIMOUS MAJORITY SPLIT ALL_FAIL</source>
        <translation>실행 시작 (UTC)            상태         스위트                      UNANIMOUS MAJORITY SPLIT ALL_FAIL</translation>
    </message>
    <message>
        <source>Only the newest %1 of %2 runs are listed.</source>
        <translation>최신 실행 %1개만 표시합니다 (전체 %2개).</translation>
    </message>
    <message>
        <source>No benchmark runs yet.</source>
        <translation>아직 벤치마크 실행이 없습니다.</translation>
    </message>
    <message>
        <source>| Suite | Task | Node | Run %1 | Run %2 | Delta |</source>
        <translation>| 스위트 | 작업 | 노드 | 실행 %1 | 실행 %2 | 차이 |</translation>
    </message>
    <message>
        <source>%1 paired task(s), mean delta %2</source>
        <translation>짝지은 작업 %1개, 평균 차이 %2</translation>
    </message>
    <message>
        <source>Benchmark runs kept in the history: list, show RUN_ID, export RUN_ID, compare RUN_A RUN_B.</source>
        <translation>기록에 보관된 벤치마크 실행: list, show RUN_ID, export RUN_ID, compare RUN_A RUN_B.</translation>
    </message>
    <message>
        <source>list | show | export | compare</source>
        <translation>list | show | export | compare</translation>
    </message>
    <message>
        <source>History database file (default: the app's history).</source>
        <translation>기록 데이터베이스 파일 (기본값: 앱의 기록).</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>JSON 출력.</translation>
    </message>
    <message>
        <source>CSV output (show / export).</source>
        <translation>CSV 출력 (show / export).</translation>
    </message>
    <message>
        <source>Markdown output (show / export; the default).</source>
        <translation>Markdown 출력 (show / export, 기본값).</translation>
    </message>
    <message>
        <source>Include answers and reasoning in JSON exports.</source>
        <translation>JSON 내보내기에 답변과 추론을 포함합니다.</translation>
    </message>
    <message>
        <source>%1 holds no benchmark runs</source>
        <translation>%1에 벤치마크 실행이 없습니다</translation>
    </message>
    <message>
        <source>%1 needs a RUN_ID</source>
        <translation>%1에는 RUN_ID가 필요합니다</translation>
    </message>
    <message>
        <source>no benchmark run %1</source>
        <translation>벤치마크 실행 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>compare needs two run ids</source>
        <translation>compare에는 실행 id 두 개가 필요합니다</translation>
    </message>
    <message>
        <source>unknown action '%1' (list, show, export, compare)</source>
        <translation>알 수 없는 동작 '%1' (list, show, export, compare)</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>no history database at %1 (the file does not exist)</source>
        <translation>%1에 기록 데이터베이스가 없습니다 (파일이 존재하지 않음)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1은(는) 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 has an older %2 history schema (version %3 of %4); open it once with the app or a command that writes history</source>
        <translation>%1의 %2 기록 스키마가 오래되었습니다 (버전 %3, 현재 %4). 앱이나 기록을 쓰는 명령으로 한 번 여세요</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>No benchmark runs stored yet. Run a suite on the Benchmarks page.</source>
        <translation>저장된 벤치마크 실행이 아직 없습니다. 벤치마크 페이지에서 스위트를 실행하세요.</translation>
    </message>
    <message>
        <source>Suite:</source>
        <translation>스위트:</translation>
    </message>
    <message>
        <source>Export the selected run:</source>
        <translation>선택한 실행 내보내기:</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>마크다운…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행 목록</translation>
    </message>
    <message>
        <source>Compare two runs</source>
        <translation>두 실행 비교</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>All suites</source>
        <translation>모든 스위트</translation>
    </message>
    <message>
        <source>all suites</source>
        <translation>모든 스위트</translation>
    </message>
    <message>
        <source>Run #%1 — %2</source>
        <translation>실행 #%1 — %2</translation>
    </message>
    <message>
        <source>Run #%1 — regression: %2</source>
        <translation>실행 #%1 — 회귀: %2</translation>
    </message>
    <message>
        <source>No model or engine changes and no regressions in the shown runs.</source>
        <translation>표시된 실행에는 모델·엔진 변경도 회귀도 없습니다.</translation>
    </message>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation>실행 %1이(가) 기록에 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>Export benchmark run</source>
        <translation>벤치마크 실행 내보내기</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>What ran</source>
        <translation>실행 내용</translation>
    </message>
    <message>
        <source>Double-click a run to open it: a benchmark run in the run list, a pair run on the Pair page.</source>
        <translation>실행을 더블클릭해 여세요: 벤치마크 실행은 실행 목록에서, 페어 실행은 페어 페이지에서 열립니다.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 builds, %2 reviews (%3): %4, %n task run(s)</source>
        <translation><numerusform>%1 빌드, %2 리뷰 (%3): %4, 과제 실행 %n회</numerusform></translation>
    </message>
    <message>
        <source>Pair run</source>
        <translation>페어 실행</translation>
    </message>
    <message>
        <source>Benchmark run</source>
        <translation>벤치마크 실행</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>HistoryStores</name>
    <message>
        <source>cannot open the history database %1: %2</source>
        <translation>기록 데이터베이스 %1을(를) 열 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>HttpErrorText</name>
    <message>
        <source>Cannot connect to %1: connection refused. Is the server running on that port?</source>
        <translation>%1에 연결할 수 없음: 연결이 거부되었습니다. 해당 포트에서 서버가 실행 중인가요?</translation>
    </message>
    <message>
        <source>Cannot connect to %1: host not found.</source>
        <translation>%1에 연결할 수 없음: 호스트를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the connection timed out.</source>
        <translation>%1에 연결할 수 없음: 연결 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1이(가) 응답하기 전에 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>Cannot reach the proxy for %1: %2</source>
        <translation>%1용 프록시에 연결할 수 없음: %2</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>%1 요청 실패: %2</translation>
    </message>
    <message>
        <source>The node answered HTTP %1 without an explanation.</source>
        <translation>노드가 설명 없이 HTTP %1을(를) 응답했습니다.</translation>
    </message>
    <message>
        <source>The node answered HTTP %1: %2</source>
        <translation>노드가 HTTP %1을(를) 응답했습니다: %2</translation>
    </message>
    <message>
        <source>The server reported an error in the stream: %1</source>
        <translation>서버가 스트림에서 오류를 보고했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>The connection closed in the middle of an event after %n chunk(s): the answer is incomplete.</source>
        <translation>
            <numerusform>청크 %n개를 받은 뒤 이벤트 도중에 연결이 닫혔습니다. 답변이 불완전합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stream ended without [DONE] after %n chunk(s) (server stopped or connection reset): the answer is incomplete.</source>
        <translation>
            <numerusform>청크 %n개를 받은 뒤 [DONE] 없이 스트림이 끝났습니다 (서버 중지 또는 연결 재설정). 답변이 불완전합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonCheck</name>
    <message>
        <source>no parseable JSON found</source>
        <translation>파싱할 수 있는 JSON이 없음</translation>
    </message>
    <message>
        <source>root is not an object</source>
        <translation>루트가 객체가 아님</translation>
    </message>
    <message>
        <source>root is not an array</source>
        <translation>루트가 배열이 아님</translation>
    </message>
    <message>
        <source>missing key %1</source>
        <translation>키 %1 없음</translation>
    </message>
    <message>
        <source>%1 = %2, expected %3</source>
        <translation>%1 = %2, 예상 %3</translation>
    </message>
    <message>
        <source>valid JSON with the expected keys</source>
        <translation>예상한 키가 있는 유효한 JSON</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>키체인이 %1초 안에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>no keychain service is running: %1</source>
        <translation>실행 중인 키체인 서비스가 없습니다: %1</translation>
    </message>
    <message>
        <source>access to the keychain was denied: %1</source>
        <translation>키체인 접근이 거부되었습니다: %1</translation>
    </message>
    <message>
        <source>turned off by TOKSCOPE_KEYCHAIN=off</source>
        <translation>TOKSCOPE_KEYCHAIN=off로 꺼져 있음</translation>
    </message>
    <message>
        <source>no keychain service answered (on Linux: a Secret Service such as GNOME Keyring or KWallet on the D-Bus session bus)</source>
        <translation>응답한 키체인 서비스가 없습니다 (Linux: D-Bus 세션 버스의 GNOME Keyring이나 KWallet 같은 Secret Service)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>시스템 키체인</translation>
    </message>
</context>
<context>
    <name>LengthCheck</name>
    <message>
        <source>%1 %2 &lt; minimum %3</source>
        <translation>%1 %2 &lt; 최소 %3</translation>
    </message>
    <message>
        <source>%1 %2 &gt; maximum %3</source>
        <translation>%1 %2 &gt; 최대 %3</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>자</translation>
    </message>
    <message>
        <source>words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>줄</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tokscope</source>
        <translation>Tokscope</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>노드(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit nodes…</source>
        <translation>노드 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Poll all now</source>
        <translation>지금 모두 폴링(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>랩(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Start simulated lab</source>
        <translation>시뮬레이션 랩 시작(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top simulated lab</source>
        <translation>시뮬레이션 랩 중지(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tokscope</source>
        <translation>Tokscope 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Simulated lab</source>
        <translation>시뮬레이션 랩</translation>
    </message>
    <message>
        <source>The simulated lab could not start: %1</source>
        <translation>시뮬레이션 랩을 시작할 수 없음: %1</translation>
    </message>
    <message>
        <source>About Tokscope</source>
        <translation>Tokscope 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tokscope %1&lt;/h3&gt;&lt;p&gt;A dashboard and measurement bench for self-hosted LLM inference nodes (vLLM, llama.cpp llama-server, OpenAI-compatible servers).&lt;/p&gt;&lt;p&gt;Every number says what it is and where it comes from: the client clock, the server's timings, or /metrics.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tokscope %1&lt;/h3&gt;&lt;p&gt;자체 호스팅 LLM 추론 노드(vLLM, llama.cpp llama-server, OpenAI 호환 서버)를 위한 대시보드이자 측정 벤치입니다.&lt;/p&gt;&lt;p&gt;모든 숫자는 그것이 무엇이고 어디서 왔는지 밝힙니다: 클라이언트 시계, 서버의 timings, 또는 /metrics.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SIMULATED LAB RUNNING (127.0.0.1)</source>
        <translation>시뮬레이션 랩 실행 중 (127.0.0.1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n nodes up</source>
        <translation>
            <numerusform>노드 %n개 중 %1개 작동 중</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>벤치마크</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Simulated lab stopped: showing your saved nodes.</source>
        <translation>시뮬레이션 랩이 중지되었습니다. 저장된 노드를 표시합니다.</translation>
    </message>
</context>
<context>
    <name>MaxTokensClamp</name>
    <message>
        <source>max tokens clamped to %1: context %2, prompt about %3 tokens</source>
        <translation>최대 토큰을 %1(으)로 제한함: 컨텍스트 %2, 프롬프트 약 %3 토큰</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory</source>
        <translation>메모리</translation>
    </message>
</context>
<context>
    <name>MetricDefinitions</name>
    <message>
        <source>Thinking was switched off in the request, but the model still produced reasoning.</source>
        <translation>요청에서 사고를 껐지만 모델이 여전히 사고 과정을 생성했습니다.</translation>
    </message>
    <message>
        <source>The number of streamed chunks differs from the server's token count: chunks are not tokens.</source>
        <translation>스트리밍된 청크 수가 서버의 토큰 수와 다릅니다. 청크는 토큰이 아닙니다.</translation>
    </message>
    <message>
        <source>The server sent no usage object: token counts come from its timings, or are unknown.</source>
        <translation>서버가 usage 객체를 보내지 않았습니다. 토큰 수는 서버 timings에서 가져왔거나 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The server does not count reasoning tokens: the reasoning/answer split is estimated.</source>
        <translation>서버가 사고 토큰을 세지 않습니다. 사고/답변 분할은 추정값입니다.</translation>
    </message>
    <message>
        <source>Generation stopped at max_tokens (finish_reason "length").</source>
        <translation>생성이 max_tokens에서 멈췄습니다 (finish_reason "length").</translation>
    </message>
    <message>
        <source>Not streamed: first-token times cannot be seen by the client; speeds come from the server.</source>
        <translation>스트리밍되지 않음: 클라이언트는 첫 토큰 시간을 볼 수 없으며 속도는 서버 값입니다.</translation>
    </message>
    <message>
        <source>TTFR</source>
        <translation>TTFR</translation>
    </message>
    <message>
        <source>Time to first response: from t0 (request bytes handed to the socket) to the first server-sent event of any kind. Client clock.</source>
        <translation>첫 응답까지의 시간: t0(요청 바이트를 소켓에 넘긴 시점)부터 종류와 상관없이 첫 서버 전송 이벤트까지. 클라이언트 시계.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Time to first token: from t0 to the first chunk carrying any token, reasoning or answer. The role-only first chunk does not count. Client clock.</source>
        <translation>첫 토큰까지의 시간: t0부터 사고든 답변이든 토큰을 실은 첫 청크까지. role만 있는 첫 청크는 세지 않습니다. 클라이언트 시계.</translation>
    </message>
    <message>
        <source>TTFA</source>
        <translation>TTFA</translation>
    </message>
    <message>
        <source>Time to first answer: from t0 to the first visible answer (content) token, after any thinking. Client clock.</source>
        <translation>첫 답변까지의 시간: t0부터 사고 이후 처음 보이는 답변(content) 토큰까지. 클라이언트 시계.</translation>
    </message>
    <message>
        <source>TTR</source>
        <translation>TTR</translation>
    </message>
    <message>
        <source>Time to response: from t0 to the last token (or to the close of the connection when no token came). Client clock.</source>
        <translation>응답까지의 시간: t0부터 마지막 토큰까지 (토큰이 오지 않았으면 연결이 닫힐 때까지). 클라이언트 시계.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>From t0 to the HTTP response headers. Servers send headers before prefill, so this is the network and queue floor, not a token time. Client clock.</source>
        <translation>t0부터 HTTP 응답 헤더까지. 서버는 프리필 전에 헤더를 보내므로 이는 네트워크와 대기열의 하한이지 토큰 시간이 아닙니다. 클라이언트 시계.</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>프리필</translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation>프리필 속도</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>사고</translation>
    </message>
    <message>
        <source>From the first token to the last reasoning token. Client clock.</source>
        <translation>첫 토큰부터 마지막 사고 토큰까지. 클라이언트 시계.</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>From the first answer token to the last token. Client clock.</source>
        <translation>첫 답변 토큰부터 마지막 토큰까지. 클라이언트 시계.</translation>
    </message>
    <message>
        <source>Effective speed</source>
        <translation>실효 속도</translation>
    </message>
    <message>
        <source>Answer tokens divided by TTR: how fast the useful answer arrives, thinking and prefill included.</source>
        <translation>답변 토큰을 TTR로 나눈 값: 사고와 프리필을 포함해 쓸모 있는 답변이 얼마나 빨리 도착하는지.</translation>
    </message>
    <message>
        <source>Thinking ratio</source>
        <translation>사고 비율</translation>
    </message>
    <message>
        <source>Reasoning tokens divided by all completion tokens. Estimated from the share of reasoning chunks when the server gives no reasoning count.</source>
        <translation>사고 토큰을 전체 생성 토큰으로 나눈 값. 서버가 사고 토큰 수를 주지 않으면 사고 청크의 비율로 추정합니다.</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>ITL p50</source>
        <translation>ITL p50</translation>
    </message>
    <message>
        <source>Median inter-token latency: gaps between token-bearing chunks, each spread evenly over the tokens the chunks carry (server total / chunk count); unknown without a server token count. Client clock.</source>
        <translation>토큰 간 지연의 중앙값: 토큰을 실은 청크 사이의 간격을 청크가 실은 토큰에 고르게 나눈 값 (서버 합계 / 청크 수). 서버 토큰 수가 없으면 알 수 없습니다. 클라이언트 시계.</translation>
    </message>
    <message>
        <source>ITL p95</source>
        <translation>ITL p95</translation>
    </message>
    <message>
        <source>95th percentile of the inter-token latency defined for ITL p50.</source>
        <translation>ITL p50에서 정의한 토큰 간 지연의 95번째 백분위수.</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>프롬프트 토큰</translation>
    </message>
    <message>
        <source>Prompt tokens as counted by the server (usage.prompt_tokens, or timings prompt_n + cache_n).</source>
        <translation>서버가 센 프롬프트 토큰 (usage.prompt_tokens 또는 timings prompt_n + cache_n).</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Cached prompt tokens</source>
        <translation>캐시된 프롬프트 토큰</translation>
    </message>
    <message>
        <source>Prompt tokens the server reused from its cache (prompt_tokens_details.cached_tokens or timings.cache_n).</source>
        <translation>서버가 캐시에서 재사용한 프롬프트 토큰 (prompt_tokens_details.cached_tokens 또는 timings.cache_n).</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>생성 토큰</translation>
    </message>
    <message>
        <source>Generated tokens, reasoning included, as counted by the server (usage.completion_tokens or timings.predicted_n). Chunks are never counted as tokens.</source>
        <translation>사고를 포함해 서버가 센 생성 토큰 (usage.completion_tokens 또는 timings.predicted_n). 청크를 토큰으로 세지 않습니다.</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>사고 토큰</translation>
    </message>
    <message>
        <source>The server's reasoning token count when it sends one (newer vLLM); otherwise estimated from the share of reasoning chunks, or unknown.</source>
        <translation>서버가 보내면 서버의 사고 토큰 수 (최신 vLLM), 아니면 사고 청크 비율로 추정하거나 알 수 없음.</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>답변 토큰</translation>
    </message>
    <message>
        <source>Completion tokens minus reasoning tokens; same source as the reasoning count.</source>
        <translation>생성 토큰에서 사고 토큰을 뺀 값. 출처는 사고 토큰 수와 같습니다.</translation>
    </message>
    <message>
        <source>Server prefill</source>
        <translation>서버 프리필</translation>
    </message>
    <message>
        <source>llama.cpp timings.prompt_ms as sent: from after templating and tokenization to the first sampled token.</source>
        <translation>서버가 보낸 llama.cpp timings.prompt_ms: 템플릿 적용과 토큰화 이후부터 첫 샘플링 토큰까지.</translation>
    </message>
    <message>
        <source>Server decode speed</source>
        <translation>서버 디코드 속도</translation>
    </message>
    <message>
        <source>Client-server gap</source>
        <translation>클라이언트-서버 차이</translation>
    </message>
    <message>
        <source>Client TTFT minus the server's prompt_ms: network, HTTP parsing, templating, queueing and one decode step.</source>
        <translation>클라이언트 TTFT에서 서버의 prompt_ms를 뺀 값: 네트워크, HTTP 파싱, 템플릿 적용, 대기열, 디코드 한 단계.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Set-up of a new connection for this request: from the request handed to the network to the request sent. Part of TTFT (t0 is then the hand-over); unknown on a reused connection. llama-server closes the connection after every streamed reply. Client clock.</source>
        <translation>이 요청을 위한 새 연결 설정 시간: 요청을 네트워크에 넘긴 시점부터 요청이 전송된 시점까지입니다. TTFT에 포함되며 (이때 t0는 넘긴 시점), 재사용된 연결에서는 알 수 없습니다. llama-server는 스트리밍 응답마다 연결을 닫습니다. 클라이언트 시계 기준입니다.</translation>
    </message>
    <message>
        <source>Prompt processing time: the server's timings.prompt_ms when it sends one (llama.cpp), otherwise an estimate: TTFT minus the headers time minus one inter-token interval (vLLM sends headers before queueing and the first decode step, so the estimate still holds queue time).</source>
        <translation>프롬프트 처리 시간: 서버가 timings.prompt_ms를 보내면 그 값 (llama.cpp), 그렇지 않으면 추정값입니다. 추정값은 TTFT에서 헤더 시간과 토큰 간 간격 하나를 뺀 값입니다 (vLLM은 대기열 진입과 첫 디코드 단계 전에 헤더를 보내므로 추정값에는 대기 시간이 그대로 포함됩니다).</translation>
    </message>
    <message>
        <source>Newly evaluated prompt tokens divided by the prefill time: timings.prompt_n / prompt_ms when those tokens are most of the prompt. Not shown when most of the prompt came from the cache, nor for estimated prefills of prompts under 256 tokens (noise).</source>
        <translation>새로 평가된 프롬프트 토큰 수를 프리필 시간으로 나눈 값: 이 토큰이 프롬프트의 대부분일 때 timings.prompt_n / prompt_ms입니다. 프롬프트 대부분이 캐시에서 나왔거나, 256 토큰 미만 프롬프트의 추정 프리필인 경우(노이즈)에는 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>Raw decode speed</source>
        <translation>원시 디코드 속도</translation>
    </message>
    <message>
        <source>The engine's speed over every generated token, thinking included: (n - 1) / (finish chunk time - first token time), with n the server's completion token count and the times from the client clock. Unknown for fewer than 2 tokens. Non-streamed: the server's (predicted_n - 1) / predicted_ms.</source>
        <translation>사고를 포함해 생성된 모든 토큰에 대한 엔진 속도: (n - 1) / (종료 청크 시각 - 첫 토큰 시각)이며, n은 서버의 완료 토큰 수, 시각은 클라이언트 시계 기준입니다. 토큰이 2개 미만이면 알 수 없습니다. 비스트리밍: 서버의 (predicted_n - 1) / predicted_ms.</translation>
    </message>
    <message>
        <source>llama.cpp timings.predicted_per_second as sent. Recent builds send predicted_n / predicted_ms although predicted_ms spans only n - 1 decode steps, so it reads high for short answers (2 tokens: 2x); some older builds send (n - 1) / predicted_ms.</source>
        <translation>llama.cpp가 보낸 timings.predicted_per_second 그대로입니다. 최근 빌드는 predicted_ms가 n - 1개 디코드 단계만 포함하는데도 predicted_n / predicted_ms를 보내므로 짧은 답변에서는 높게 나옵니다 (2 토큰: 2x). 일부 이전 빌드는 (n - 1) / predicted_ms를 보냅니다.</translation>
    </message>
    <message>
        <source>Server decode speed (n - 1)</source>
        <translation>서버 디코드 속도 (n - 1)</translation>
    </message>
    <message>
        <source>(timings.predicted_n - 1) / timings.predicted_ms: the server's decode speed taken like for like with the raw decode speed.</source>
        <translation>(timings.predicted_n - 1) / timings.predicted_ms: 원시 디코드 속도와 같은 방식으로 계산한 서버의 디코드 속도입니다.</translation>
    </message>
    <message>
        <source>Most of the prompt was served from the server's cache: prefill numbers do not measure prompt speed.</source>
        <translation>프롬프트 대부분이 서버 캐시에서 제공되었습니다. 프리필 수치는 프롬프트 속도를 나타내지 않습니다.</translation>
    </message>
    <message>
        <source>A new connection was opened for this request and its set-up is a noticeable share of TTFT (see Connect).</source>
        <translation>이 요청에 새 연결이 열렸고, 연결 설정이 TTFT에서 눈에 띄는 비중을 차지합니다 (연결 참조).</translation>
    </message>
    <message>
        <source>No server prefill time: prefill is estimated as TTFT minus the headers time minus one inter-token interval, queueing included.</source>
        <translation>서버 프리필 시간이 없습니다. 프리필은 TTFT에서 헤더 시간과 토큰 간 간격 하나를 뺀 값으로 추정되며, 대기 시간이 포함됩니다.</translation>
    </message>
    <message>
        <source>The chat template opened &lt;think&gt; in the prompt: the text up to the bare &lt;/think&gt; is reasoning.</source>
        <translation>채팅 템플릿이 프롬프트에서 &lt;think&gt;를 열었습니다. 단독 &lt;/think&gt;까지의 텍스트가 추론입니다.</translation>
    </message>
    <message>
        <source>Thinking was requested, but no reasoning came back (template or parser without thinking).</source>
        <translation>사고를 요청했지만 추론이 반환되지 않았습니다 (사고를 지원하지 않는 템플릿 또는 파서).</translation>
    </message>
    <message>
        <source>Thinking was off, but the parser put the answer in reasoning: it is shown and counted as the answer.</source>
        <translation>사고가 꺼져 있었지만 파서가 답변을 추론에 넣었습니다. 답변으로 표시하고 집계합니다.</translation>
    </message>
    <message>
        <source>The answer repeats one passage many times (kept: it may have been asked for).</source>
        <translation>답변이 한 구절을 여러 번 반복합니다 (요청된 것일 수 있어 유지함).</translation>
    </message>
    <message>
        <source>Many chunks arrived at the same instant (a buffering proxy?): ITL and decode speed are unreliable.</source>
        <translation>많은 청크가 같은 순간에 도착했습니다 (버퍼링 프록시?). ITL과 디코드 속도를 신뢰할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>MetricSource</name>
    <message>
        <source>client clock</source>
        <translation>클라이언트 시계</translation>
    </message>
    <message>
        <source>server timings</source>
        <translation>서버 timings</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>/metrics</source>
        <translation>/metrics</translation>
    </message>
    <message>
        <source>/slots (live)</source>
        <translation>/slots (실시간)</translation>
    </message>
</context>
<context>
    <name>NodeCardWidget</name>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation>시뮬레이션</translation>
    </message>
    <message>
        <source>A simulated node running inside Tokscope on 127.0.0.1, not real hardware.</source>
        <translation>Tokscope 안에서 127.0.0.1로 실행되는 시뮬레이션 노드이며 실제 하드웨어가 아닙니다.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 캐시</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Poll latency</source>
        <translation>폴링 지연</translation>
    </message>
    <message>
        <source>backend not detected yet</source>
        <translation>백엔드 아직 감지 안 됨</translation>
    </message>
    <message>
        <source>last good poll %1</source>
        <translation>마지막 정상 폴링 %1</translation>
    </message>
    <message>
        <source>no good poll yet</source>
        <translation>아직 정상 폴링 없음</translation>
    </message>
    <message>
        <source>Answering normally</source>
        <translation>정상 응답 중</translation>
    </message>
    <message>
        <source>Waiting for the first poll</source>
        <translation>첫 폴링 대기 중</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <source>The counters dropped at the last poll (server restart): no rate for it.</source>
        <translation>마지막 폴링에서 카운터가 줄었습니다 (서버 재시작). 이 구간의 속도는 없습니다.</translation>
    </message>
    <message>
        <source>From /metrics counter deltas between two polls.</source>
        <translation>두 폴링 사이의 /metrics 카운터 변화량으로 계산합니다.</translation>
    </message>
    <message>
        <source>%1 running · %2 waiting</source>
        <translation>실행 %1 · 대기 %2</translation>
    </message>
    <message>
        <source>Live, from llama.cpp /slots n_decoded deltas between two polls (its counter moves only when a request ends).</source>
        <translation>llama.cpp /slots의 n_decoded를 두 폴링 사이의 변화량으로 계산한 실시간 값입니다 (이 카운터는 요청이 끝날 때만 바뀝니다).</translation>
    </message>
    <message>
        <source>%1 (incl. network)</source>
        <translation>%1 (네트워크 포함)</translation>
    </message>
    <message>
        <source>Round trip of the authenticated GET /v1/models over the internet: it includes the network, it is not the model's speed.</source>
        <translation>인터넷을 거친 인증된 GET /v1/models 왕복 시간: 네트워크가 포함되며, 모델의 속도가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>NodeConfigStore</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>cannot read the node list %1: %2; using the default lab</source>
        <translation>노드 목록 %1을(를) 읽을 수 없음: %2; 기본 랩을 사용합니다</translation>
    </message>
    <message>
        <source>no node with id %1</source>
        <translation>id가 %1인 노드 없음</translation>
    </message>
    <message>
        <source>cannot move node %1 to position %2</source>
        <translation>노드 %1을(를) %2 위치로 옮길 수 없음</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>%1번째 바이트에서 잘못된 JSON: %2</translation>
    </message>
    <message>
        <source>no "nodes" list</source>
        <translation>"nodes" 목록 없음</translation>
    </message>
    <message>
        <source>node %1 skipped: %2</source>
        <translation>노드 %1 건너뜀: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>객체가 아님</translation>
    </message>
    <message>
        <source>node %1 (%2): duplicate id %3 replaced</source>
        <translation>노드 %1 (%2): 중복 id %3 대체됨</translation>
    </message>
    <message>
        <source>no keychain is connected</source>
        <translation>연결된 키체인이 없습니다</translation>
    </message>
    <message>
        <source>API keys are stored in %1, never in the node file, settings, history or exports.</source>
        <translation>API 키는 %1에 저장되며, 노드 파일·설정·기록·내보내기에는 절대 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Keychain unavailable (%1): a key typed here is used until Tokscope quits but is not saved. To keep a key, put it in an environment variable and enter the variable's name instead.</source>
        <translation>키체인을 쓸 수 없습니다 (%1): 여기 입력한 키는 Tokscope를 끌 때까지만 쓰이고 저장되지 않습니다. 키를 유지하려면 환경 변수에 넣고 그 변수 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Keys saved by an earlier version are still read from %1 (readable by you only); they move to the keychain once one is available.</source>
        <translation>이전 버전이 저장한 키를 아직 %1에서 읽습니다 (본인만 읽을 수 있음). 키체인을 쓸 수 있게 되면 그리로 옮겨집니다.</translation>
    </message>
    <message>
        <source>%1: the API key could not be read from %2: %3</source>
        <translation>%1: %2에서 API 키를 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1: its API key is in the system keychain, which is not available (%2). Name an environment variable that holds the key in Nodes &gt; Edit nodes.</source>
        <translation>%1: API 키가 시스템 키체인에 있는데 키체인을 쓸 수 없습니다 (%2). 노드 &gt; 노드 편집에서 키를 담은 환경 변수 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>%1: the API key could not be moved into %2: %3</source>
        <translation>%1: API 키를 %2(으)로 옮길 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1: the environment variable %2 named for its API key is not set</source>
        <translation>%1: API 키용으로 지정한 환경 변수 %2이(가) 설정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>API keys were moved from %1 into %2; the file was removed.</source>
        <translation>API 키를 %1에서 %2(으)로 옮기고 파일을 지웠습니다.</translation>
    </message>
    <message>
        <source>API keys are read from %1 because no keychain is available (%2). They move to the keychain once one is available.</source>
        <translation>키체인을 쓸 수 없어 (%2) API 키를 %1에서 읽습니다. 키체인을 쓸 수 있게 되면 그리로 옮겨집니다.</translation>
    </message>
    <message>
        <source>%1: the API key could not be saved in %2: %3</source>
        <translation>%1: API 키를 %2에 저장할 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>NodeConfigTableModel</name>
    <message>
        <source>auto-detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>폴링 주기</translation>
    </message>
</context>
<context>
    <name>NodeEditorDialog</name>
    <message>
        <source>Edit nodes</source>
        <translation>노드 편집</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>선택한 노드</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>노드 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>The node list could not be saved: %1</source>
        <translation>노드 목록을 저장할 수 없음: %1</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Ask this node for /health, its model and /metrics once, with the fields as typed</source>
        <translation>입력한 필드 값으로 이 노드에 /health, 모델, /metrics를 한 번 요청</translation>
    </message>
    <message>
        <source>The simulated lab is running: saving stops it and shows these nodes instead.</source>
        <translation>시뮬레이션 랩이 실행 중입니다. 저장하면 랩이 중지되고 대신 이 노드들이 표시됩니다.</translation>
    </message>
    <message>
        <source>Save and stop the lab</source>
        <translation>저장 후 랩 중지</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1에 요청 중…</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>백엔드: %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>모델: %1</translation>
    </message>
    <message>
        <source>Answered /health in %1 ms</source>
        <translation>%1 ms 만에 /health 응답</translation>
    </message>
    <message>
        <source>Could not start the test.</source>
        <translation>테스트를 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <source>e.g. DGX1</source>
        <translation>예: DGX1</translation>
    </message>
    <message>
        <source>http://dgx1.local:30000</source>
        <translation>http://dgx1.local:30000</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>Thinking on by default</source>
        <translation>기본적으로 사고 켜기</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>백엔드:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <source>Poll interval:</source>
        <translation>폴링 간격:</translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation>노드 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>optional, e.g. TOKSCOPE_DGX1_KEY</source>
        <translation>선택, 예: TOKSCOPE_DGX1_KEY</translation>
    </message>
    <message>
        <source>The name of an environment variable that holds this node's API key. It is used when no key is stored for the node; only the name is saved.</source>
        <translation>이 노드의 API 키를 담은 환경 변수 이름입니다. 노드에 저장된 키가 없을 때 쓰이며, 이름만 저장됩니다.</translation>
    </message>
    <message>
        <source>Key environment variable:</source>
        <translation>키 환경 변수:</translation>
    </message>
    <message>
        <source>optional; stored in the system keychain</source>
        <translation>선택; 시스템 키체인에 저장</translation>
    </message>
    <message>
        <source>optional; not saved (keychain unavailable)</source>
        <translation>선택; 저장 안 됨 (키체인 없음)</translation>
    </message>
    <message>
        <source>%1 is not set in Tokscope's environment.</source>
        <translation>%1이(가) Tokscope 환경에 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is set, but the key typed above is used.</source>
        <translation>%1이(가) 설정되어 있지만 위에 입력한 키가 쓰입니다.</translation>
    </message>
    <message>
        <source>The key is read from %1 and never saved.</source>
        <translation>키는 %1에서 읽으며 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>NodeHealth</name>
    <message>
        <source>up</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>로딩 중</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>저하</translation>
    </message>
    <message>
        <source>down</source>
        <translation>다운</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>NodeUrlCheck</name>
    <message>
        <source>Enter the node's address, e.g. http://dgx1.local:30000</source>
        <translation>노드 주소를 입력하세요. 예: http://dgx1.local:30000</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>유효한 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://</source>
        <translation>URL은 http:// 또는 https://로 시작해야 합니다</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>URL에 호스트 이름이 없습니다.</translation>
    </message>
    <message>
        <source>Do not put credentials in the URL; use the API key field.</source>
        <translation>URL에 자격 증명을 넣지 마세요. API 키 필드를 사용하세요.</translation>
    </message>
    <message>
        <source>Enter the base URL without a path (no /v1), e.g. http://dgx1.local:30000</source>
        <translation>경로 없는 기본 URL을 입력하세요 (/v1 제외). 예: http://dgx1.local:30000</translation>
    </message>
    <message>
        <source>The URL must not have a query (?...) or fragment (#...).</source>
        <translation>URL에 쿼리(?...)나 프래그먼트(#...)가 있으면 안 됩니다.</translation>
    </message>
</context>
<context>
    <name>NumericCheck</name>
    <message>
        <source>found %1</source>
        <translation>%1 찾음</translation>
    </message>
    <message numerus="yes">
        <source>%1 not among %n number(s)</source>
        <translation>
            <numerusform>숫자 %n개 중에 %1 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>no number found (expected %1)</source>
        <translation>숫자를 찾지 못함 (예상 %1)</translation>
    </message>
    <message>
        <source>hedges between numbers around %1 (expected %2)</source>
        <translation>%1 근처의 숫자들 사이에서 얼버무림 (예상 %2)</translation>
    </message>
    <message>
        <source>got %1 (read "%2"), expected %3</source>
        <translation>%1 받음 ("%2"로 읽음), 예상 %3</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>노드:</translation>
    </message>
    <message>
        <source>Open this comparison</source>
        <translation>이 비교 열기</translation>
    </message>
    <message>
        <source>Open the latest benchmark run</source>
        <translation>최근 벤치마크 실행 열기</translation>
    </message>
    <message>
        <source>No comparison in the history yet: run one on the Compare page.</source>
        <translation>기록에 아직 비교가 없습니다. 비교 페이지에서 실행하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Speeds and TTR split from the comparison of %1 (%n run(s) per node and mode): "%2"</source>
        <translation>
            <numerusform>%1 비교의 속도와 TTR 구성 (노드 및 모드당 %n회 실행): "%2"</numerusform>
        </translation>
    </message>
    <message>
        <source>Benchmark verdicts per run, oldest left; the latest is run %1 of %2.</source>
        <translation>실행별 벤치마크 판정 (가장 오래된 실행이 왼쪽). 최근 실행은 %2의 실행 %1입니다.</translation>
    </message>
    <message>
        <source>No benchmark run in the history yet: run one on the Benchmarks page.</source>
        <translation>기록에 아직 벤치마크 실행이 없습니다. 벤치마크 페이지에서 실행하세요.</translation>
    </message>
</context>
<context>
    <name>PairCommand</name>
    <message>
        <source>Runs a builder -&gt; reviewer pair on coding tasks: build, review, revise while the reviewer rejects; grades the final code and the builder's first answer; measures TCT.</source>
        <translation>코딩 작업에서 빌더 -&gt; 리뷰어 페어를 실행합니다. 빌드하고 리뷰하며, 리뷰어가 거부하는 동안 수정을 반복합니다. 최종 코드와 빌더의 첫 답변을 채점하고 TCT를 측정합니다.</translation>
    </message>
    <message>
        <source>Builder node (configured name or base URL), optionally :on or :off for thinking.</source>
        <translation>빌더 노드 (설정된 이름 또는 기본 URL). 사고를 지정하려면 :on 또는 :off를 붙일 수 있습니다.</translation>
    </message>
    <message>
        <source>Reviewer node, optionally :on or :off for thinking.</source>
        <translation>리뷰어 노드. 사고를 지정하려면 :on 또는 :off를 붙일 수 있습니다.</translation>
    </message>
    <message>
        <source>Suite name (repeatable); its single-turn code tasks run.</source>
        <translation>스위트 이름 (반복 가능). 해당 스위트의 단일 턴 코드 작업을 실행합니다.</translation>
    </message>
    <message>
        <source>Also load suites from DIR (repeatable).</source>
        <translation>DIR에서도 스위트를 로드합니다 (반복 가능).</translation>
    </message>
    <message>
        <source>Only this task id (repeatable).</source>
        <translation>이 작업 id만 (반복 가능).</translation>
    </message>
    <message>
        <source>Runs per task (default 3).</source>
        <translation>작업당 실행 횟수 (기본값 3).</translation>
    </message>
    <message>
        <source>Maximum review rounds (default 2).</source>
        <translation>최대 리뷰 라운드 수 (기본값 2).</translation>
    </message>
    <message>
        <source>Built-in reviewer prompt: verify or empowered (default).</source>
        <translation>기본 제공 리뷰어 프롬프트: verify 또는 empowered (기본값).</translation>
    </message>
    <message>
        <source>Reviewer prompt from a file (overrides --prompt).</source>
        <translation>파일에서 읽을 리뷰어 프롬프트 (--prompt보다 우선).</translation>
    </message>
    <message>
        <source>Run the reviewer test instead: known-bad and known-good code, each built-in prompt (and --reviewer-prompt); prints the rubber-stamp and nitpick rates.</source>
        <translation>대신 리뷰어 테스트를 실행합니다. 결함이 알려진 코드와 정상으로 알려진 코드를 각 기본 제공 프롬프트 (및 --reviewer-prompt)로 검토하고, 무조건 승인(rubber-stamp) 비율과 트집 비율을 출력합니다.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Print one CSV row per step (pair runs).</source>
        <translation>단계마다 CSV 행 하나를 출력합니다 (페어 실행).</translation>
    </message>
    <message>
        <source>Print Markdown tables (pair runs).</source>
        <translation>Markdown 표를 출력합니다 (페어 실행).</translation>
    </message>
    <message>
        <source>Include messages, answers and reasoning in the JSON output.</source>
        <translation>JSON 출력에 메시지, 답변, 추론을 포함합니다.</translation>
    </message>
    <message>
        <source>History database file (default: the app's history).</source>
        <translation>기록 데이터베이스 파일 (기본값: 앱의 기록).</translation>
    </message>
    <message>
        <source>Node list file (default: the app's saved nodes).</source>
        <translation>노드 목록 파일 (기본값: 앱에 저장된 노드).</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>예상치 못한 인수 '%1'</translation>
    </message>
    <message>
        <source>--builder needs a node</source>
        <translation>--builder에는 노드가 필요함</translation>
    </message>
    <message>
        <source>name a --reviewer node</source>
        <translation>--reviewer 노드를 지정하세요</translation>
    </message>
    <message>
        <source>name a --builder node (or use --rubber-stamp)</source>
        <translation>--builder 노드를 지정하세요 (또는 --rubber-stamp 사용)</translation>
    </message>
    <message>
        <source>name at least one --suite</source>
        <translation>--suite를 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>choose one of --json, --csv and --markdown</source>
        <translation>--json, --csv, --markdown 중 하나만 선택하세요</translation>
    </message>
    <message>
        <source>--runs needs a whole number from 1 to 100</source>
        <translation>--runs에는 1에서 100 사이의 정수가 필요함</translation>
    </message>
    <message>
        <source>--rounds needs a whole number from 1 to 10</source>
        <translation>--rounds에는 1에서 10 사이의 정수가 필요함</translation>
    </message>
    <message>
        <source>--prompt takes verify or empowered</source>
        <translation>--prompt에는 verify 또는 empowered를 지정해야 함</translation>
    </message>
    <message>
        <source>warning: suite not loaded: %1</source>
        <translation>경고: 스위트가 로드되지 않음: %1</translation>
    </message>
    <message>
        <source>unknown suite '%1' (see tokscope-cli bench --list)</source>
        <translation>알 수 없는 스위트 '%1' (tokscope-cli bench --list 참고)</translation>
    </message>
    <message>
        <source>unknown task '%1' in the chosen suites</source>
        <translation>선택한 스위트에 작업 '%1'이(가) 없음</translation>
    </message>
    <message>
        <source>the chosen suites have no single-turn code task</source>
        <translation>선택한 스위트에 단일 턴 코드 작업이 없음</translation>
    </message>
    <message>
        <source>cannot read --reviewer-prompt %1: %2</source>
        <translation>--reviewer-prompt %1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>--reviewer-prompt %1 is empty</source>
        <translation>--reviewer-prompt %1이(가) 비어 있음</translation>
    </message>
    <message>
        <source>tokscope-cli pair: %1</source>
        <translation>tokscope-cli pair: %1</translation>
    </message>
    <message>
        <source>Pair run %1: builder %2, reviewer %3, prompt %4</source>
        <translation>페어 실행 %1: 빌더 %2, 리뷰어 %3, 프롬프트 %4</translation>
    </message>
    <message>
        <source>task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>single</source>
        <translation>단독</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>페어</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>single TTR</source>
        <translation>단독 TTR</translation>
    </message>
    <message>
        <source>TCT</source>
        <translation>TCT</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>pass rate</source>
        <translation>통과율</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <source>mean time</source>
        <translation>평균 시간</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>rubber-stamp rate</source>
        <translation>무조건 승인율</translation>
    </message>
    <message>
        <source>bad approved</source>
        <translation>불량 승인</translation>
    </message>
    <message>
        <source>nitpick rate</source>
        <translation>트집 비율</translation>
    </message>
    <message>
        <source>good rejected</source>
        <translation>정상 거부</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Grading corpus folder whose wrong and right answers join the rubber-stamp test's known set (default: the installed corpus, or the source tree's tests/data/answers, when present).</source>
        <translation>틀린 답과 맞는 답이 러버스탬프 테스트의 기준 집합에 더해질 채점 코퍼스 폴더 (기본: 설치된 코퍼스 또는 소스 트리의 tests/data/answers, 있을 때).</translation>
    </message>
    <message>
        <source>--answers %1 is not a folder</source>
        <translation>--answers %1은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>warning: corpus answer not loaded: %1</source>
        <translation>경고: 코퍼스 답변을 읽지 못함: %1</translation>
    </message>
    <message>
        <source>tokscope-cli pair: rubber-stamp test not stored: %1</source>
        <translation>tokscope-cli pair: 러버스탬프 테스트가 저장되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>PairHistoryStore</name>
    <message>
        <source>History database is not open</source>
        <translation>기록 데이터베이스가 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>Cannot update the history schema</source>
        <translation>기록 스키마를 갱신할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save the pair run</source>
        <translation>페어 실행을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the pair run</source>
        <translation>페어 실행을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>no pair run %1</source>
        <translation>페어 실행 %1이(가) 없음</translation>
    </message>
    <message>
        <source>Cannot list pair runs</source>
        <translation>페어 실행 목록을 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot remove the pair run</source>
        <translation>페어 실행을 삭제할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>서버 기본값</translation>
    </message>
    <message>
        <source>thinking ON</source>
        <translation>사고 ON</translation>
    </message>
    <message>
        <source>thinking OFF</source>
        <translation>사고 OFF</translation>
    </message>
    <message>
        <source>
── answer ──</source>
        <translation>
── 답변 ──</translation>
    </message>
    <message>
        <source>Rubber-stamp test: %1 of %2 reviews</source>
        <translation>무조건 승인 테스트: 리뷰 %2개 중 %1개</translation>
    </message>
    <message numerus="yes">
        <source>Rubber-stamp test finished: %n review(s).</source>
        <translation>
            <numerusform>무조건 승인 테스트 완료: 리뷰 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Builder → reviewer pair</source>
        <translation>빌더 → 리뷰어 페어</translation>
    </message>
    <message>
        <source>Run pair</source>
        <translation>페어 실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Rubber-stamp test</source>
        <translation>무조건 승인(rubber-stamp) 테스트</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Stored runs</source>
        <translation>저장된 실행</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>TTR</source>
        <translation>TTR</translation>
    </message>
    <message>
        <source>Steps stream here while a pair runs; select a step to see its exact messages, reasoning and answer.</source>
        <translation>페어가 실행되는 동안 단계가 여기에 실시간으로 표시됩니다. 단계를 선택하면 정확한 메시지, 추론, 답변을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>#%1 %2 → %3 (%4)</source>
        <translation>#%1 %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Running %1 task run(s): %2 builds (%3), %4 reviews (%5).%6</source>
        <translation>작업 %1회 실행 중: 빌드 %2회 (%3), 리뷰 %4회 (%5).%6</translation>
    </message>
    <message>
        <source> SIMULATED nodes.</source>
        <translation> SIMULATED 노드.</translation>
    </message>
    <message>
        <source>Rubber-stamp test on %1: %2 reviews.</source>
        <translation>%1에서 무조건 승인 테스트: 리뷰 %2회.</translation>
    </message>
    <message>
        <source>The demo needs the simulated lab (Lab → Start simulated lab).</source>
        <translation>데모에는 시뮬레이션 랩이 필요합니다 (랩 → 시뮬레이션 랩 시작).</translation>
    </message>
    <message>
        <source>%1 · run %2</source>
        <translation>%1 · 실행 %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 (%3) — streaming</source>
        <translation>%2 (%3)에서 &lt;b&gt;%1&lt;/b&gt; — 스트리밍 중</translation>
    </message>
    <message>
        <source>TCT: every step's TTR plus the gaps between steps</source>
        <translation>TCT: 모든 단계의 TTR과 단계 사이 간격의 합</translation>
    </message>
    <message>
        <source>Pair run cancelled; partial results kept.</source>
        <translation>페어 실행이 취소되었습니다. 부분 결과는 유지됩니다.</translation>
    </message>
    <message>
        <source>Pair run finished.</source>
        <translation>페어 실행이 완료되었습니다.</translation>
    </message>
    <message>
        <source>Stored as #%1.</source>
        <translation>#%1(으)로 저장되었습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 (%3): %4, TTR %5</source>
        <translation>%2 (%3)에서 &lt;b&gt;%1&lt;/b&gt;: %4, TTR %5</translation>
    </message>
    <message>
        <source>── reasoning ──
%1

</source>
        <translation>── 추론 ──
%1

</translation>
    </message>
    <message>
        <source>── answer ──
%1
</source>
        <translation>── 답변 ──
%1
</translation>
    </message>
    <message>
        <source>
── error ──
%1
</source>
        <translation>
── 오류 ──
%1
</translation>
    </message>
    <message>
        <source>
── verdict: %1 ──
%2</source>
        <translation>
── 판정: %1 ──
%2</translation>
    </message>
    <message>
        <source>Showing stored pair run #%1 (%2 → %3).</source>
        <translation>저장된 페어 실행 #%1 표시 중 (%2 → %3).</translation>
    </message>
    <message>
        <source>Export pair run</source>
        <translation>페어 실행 내보내기</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Stored in history as test #%1.</source>
        <translation>기록에 테스트 #%1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Shows the reviewer the tasks' known-bad and known-good code (their examples and the grading corpus's wrong and right answers) with each built-in prompt (and an edited one) and measures how often it approves bad code and rejects good code.</source>
        <translation>리뷰어에게 과제의 알려진 나쁜 코드와 좋은 코드(예시와 채점 코퍼스의 틀린 답·맞는 답)를 내장 프롬프트 각각(과 편집한 프롬프트)으로 보여 주고, 나쁜 코드를 승인하는 빈도와 좋은 코드를 거부하는 빈도를 잽니다.</translation>
    </message>
</context>
<context>
    <name>PairResultsPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>통과율</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>평균 시간</translation>
    </message>
    <message>
        <source>Single: the builder's TTR for its first answer. Pair: TCT, every step's TTR plus the gaps.</source>
        <translation>단독: 빌더의 첫 답변 TTR. 페어: TCT, 즉 모든 단계의 TTR과 간격의 합.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Single score</source>
        <translation>단독 점수</translation>
    </message>
    <message>
        <source>Pair score</source>
        <translation>페어 점수</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>단독</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>페어</translation>
    </message>
    <message>
        <source>Mean rounds</source>
        <translation>평균 라운드</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Single TTR</source>
        <translation>단독 TTR</translation>
    </message>
    <message>
        <source>Pair TCT</source>
        <translation>페어 TCT</translation>
    </message>
    <message>
        <source>The builder's first answer graded alone with the task's checks: what a single builder scores.</source>
        <translation>빌더의 첫 답변만 작업의 검사로 채점한 점수로, 빌더 단독일 때의 점수입니다.</translation>
    </message>
    <message>
        <source>Reviewer prompt</source>
        <translation>리뷰어 프롬프트</translation>
    </message>
    <message>
        <source>Rubber-stamp rate</source>
        <translation>무조건 승인율</translation>
    </message>
    <message>
        <source>Bad code approved</source>
        <translation>불량 코드 승인</translation>
    </message>
    <message>
        <source>Nitpick rate</source>
        <translation>트집 비율</translation>
    </message>
    <message>
        <source>Good code rejected</source>
        <translation>정상 코드 거부</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Known-good code rejected, of the reviews with a readable verdict.</source>
        <translation>판정을 읽을 수 있는 리뷰 중 알려진 정상 코드를 거부한 비율입니다.</translation>
    </message>
    <message>
        <source>Rubber-stamp test not run yet.</source>
        <translation>무조건 승인 테스트를 아직 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>Single builder vs pair</source>
        <translation>단독 빌더 대 페어</translation>
    </message>
    <message>
        <source>Rubber-stamp test</source>
        <translation>무조건 승인(rubber-stamp) 테스트</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message numerus="yes">
        <source>The reviewer was shown the tasks' known-bad and known-good code, %n run(s) per prompt. Rubber-stamp rate: bad code approved. Nitpick rate: good code rejected.</source>
        <translation>
            <numerusform>리뷰어에게 작업의 알려진 불량 코드와 정상 코드를 프롬프트당 %n회 보여 주었습니다. 무조건 승인율: 불량 코드를 승인한 비율. 트집 비율: 정상 코드를 거부한 비율.</numerusform>
        </translation>
    </message>
    <message>
        <source>Known-bad code (the tasks' bad examples and the grading corpus's wrong answers) approved, of the reviews with a readable verdict. Mean over runs, min–max in brackets.</source>
        <translation>읽을 수 있는 판정이 있는 리뷰 중 승인된 알려진 나쁜 코드(과제의 나쁜 예시와 채점 코퍼스의 틀린 답)의 비율. 실행 평균, 괄호 안은 최소–최대.</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>테스트 시각</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>리뷰어</translation>
    </message>
    <message>
        <source>Known bad / good</source>
        <translation>알려진 나쁜 / 좋은</translation>
    </message>
    <message>
        <source>Pieces of code shown per run: known-bad / known-good (of them, from the grading corpus).</source>
        <translation>실행마다 보여 준 코드 수: 알려진 나쁜 / 좋은 (그중 채점 코퍼스에서 온 것).</translation>
    </message>
    <message>
        <source>Earlier rubber-stamp tests</source>
        <translation>이전 러버스탬프 테스트</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(취소됨)</translation>
    </message>
    <message>
        <source> · thinking ON</source>
        <translation> · 생각 켬</translation>
    </message>
    <message>
        <source> · thinking OFF</source>
        <translation> · 생각 끔</translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation>시뮬레이션</translation>
    </message>
    <message>
        <source>%1 / %2 (corpus %3)</source>
        <translation>%1 / %2 (코퍼스 %3)</translation>
    </message>
</context>
<context>
    <name>PairRunner</name>
    <message>
        <source>a pair run is already running</source>
        <translation>페어 실행이 이미 진행 중임</translation>
    </message>
    <message>
        <source>the builder and the reviewer each need a node with a URL</source>
        <translation>빌더와 리뷰어에 각각 URL이 있는 노드가 필요함</translation>
    </message>
    <message>
        <source>runs and rounds must be at least 1</source>
        <translation>실행 횟수와 라운드 수는 1 이상이어야 함</translation>
    </message>
    <message>
        <source>no task to run: pair mode needs single-turn tasks with code checks</source>
        <translation>실행할 작업이 없음: 페어 모드에는 코드 검사가 있는 단일 턴 작업이 필요함</translation>
    </message>
    <message>
        <source>%1 step on %2 ended %3: %4</source>
        <translation>%2의 %1 단계가 %3(으)로 끝남: %4</translation>
    </message>
    <message>
        <source>the pair run could not be stored: %1</source>
        <translation>페어 실행을 저장할 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>PairSettings</name>
    <message>
        <source>task %1 has no code check</source>
        <translation>작업 %1에 코드 검사가 없음</translation>
    </message>
    <message>
        <source>task %1 has %2 turns; pair mode takes single-turn tasks</source>
        <translation>작업 %1은(는) 턴이 %2개임; 페어 모드는 단일 턴 작업만 받음</translation>
    </message>
</context>
<context>
    <name>PairSetupPanel</name>
    <message>
        <source>thinking OFF</source>
        <translation>사고 OFF</translation>
    </message>
    <message>
        <source>thinking ON</source>
        <translation>사고 ON</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>서버 기본값</translation>
    </message>
    <message>
        <source>Maximum review rounds: after a REJECT the builder revises, until the reviewer approves or the rounds are used up.</source>
        <translation>최대 리뷰 라운드 수: REJECT 후 빌더가 수정하며, 리뷰어가 승인하거나 라운드를 모두 쓸 때까지 반복합니다.</translation>
    </message>
    <message>
        <source>The reviewer's system prompt. The verdict line format is appended to every review request, so the verdict can be read whatever the prompt says.</source>
        <translation>리뷰어의 시스템 프롬프트입니다. 모든 리뷰 요청에 판정 줄 형식이 덧붙여지므로, 프롬프트 내용과 관계없이 판정을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Builder</source>
        <translation>빌더</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>리뷰어</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행 횟수</translation>
    </message>
    <message>
        <source>Max rounds</source>
        <translation>최대 라운드</translation>
    </message>
    <message>
        <source>Reviewer prompt</source>
        <translation>리뷰어 프롬프트</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>스위트</translation>
    </message>
    <message>
        <source>%1 · SIMULATED</source>
        <translation>%1 · SIMULATED</translation>
    </message>
    <message>
        <source>Choose a builder and a reviewer node.</source>
        <translation>빌더 노드와 리뷰어 노드를 선택하세요.</translation>
    </message>
    <message>
        <source>No suite with single-turn code tasks is loaded.</source>
        <translation>단일 턴 코드 작업이 있는 스위트가 로드되지 않았습니다.</translation>
    </message>
    <message>
        <source>Tick at least one task.</source>
        <translation>작업을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>The reviewer prompt is empty.</source>
        <translation>리뷰어 프롬프트가 비어 있습니다.</translation>
    </message>
</context>
<context>
    <name>PairStep</name>
    <message>
        <source>Build</source>
        <translation>빌드</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>리뷰</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>APPROVE</source>
        <translation>APPROVE</translation>
    </message>
    <message>
        <source>REJECT</source>
        <translation>REJECT</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>판정 없음</translation>
    </message>
</context>
<context>
    <name>PairSummary</name>
    <message>
        <source>Single (builder alone)</source>
        <translation>단독 (빌더만)</translation>
    </message>
    <message>
        <source>Pair (builder + reviewer)</source>
        <translation>페어 (빌더 + 리뷰어)</translation>
    </message>
</context>
<context>
    <name>PairTaskRun</name>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>rejected (rounds used up)</source>
        <translation>거부됨 (라운드 소진)</translation>
    </message>
    <message>
        <source>no readable verdict</source>
        <translation>읽을 수 있는 판정 없음</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>리뷰 안 됨</translation>
    </message>
</context>
<context>
    <name>PairTimelineView</name>
    <message>
        <source>%1 on %2 (%3)
TTR %4 ms: TTFT %5, thinking %6, generation %7
Tokens %8  %9</source>
        <translation>%2 (%3)에서 %1
TTR %4 ms: TTFT %5, 사고 %6, 생성 %7
토큰 %8  %9</translation>
    </message>
    <message>
        <source>prefill (TTFT)</source>
        <translation>프리필 (TTFT)</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>사고</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>gap between steps</source>
        <translation>단계 사이 간격</translation>
    </message>
    <message>
        <source>TCT = sum of TTRs + gaps</source>
        <translation>TCT = TTR 합계 + 간격</translation>
    </message>
    <message>
        <source>No pair run yet: choose a builder, a reviewer and tasks, then press Run.</source>
        <translation>아직 페어 실행이 없습니다. 빌더, 리뷰어, 작업을 선택한 뒤 실행을 누르세요.</translation>
    </message>
    <message>
        <source>%1 · run %2</source>
        <translation>%1 · 실행 %2</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>실행 중…</translation>
    </message>
    <message numerus="yes">
        <source> · %n review round(s)</source>
        <translation>
            <numerusform> · 리뷰 라운드 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source> · score single %1 → pair %2</source>
        <translation> · 점수 단독 %1 → 페어 %2</translation>
    </message>
    <message>
        <source>Builder</source>
        <translation>빌더</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>리뷰어</translation>
    </message>
    <message>
        <source>TCT %1</source>
        <translation>TCT %1</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>The price table is not a JSON object: %1</source>
        <translation>가격표가 JSON 객체가 아닙니다: %1</translation>
    </message>
</context>
<context>
    <name>PriceTableEditor</name>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>캐시 읽기</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>캐시 쓰기</translation>
    </message>
    <message>
        <source>Prices per million tokens, in your currency; empty = no price (cost shown as unknown). Tokscope has no built-in prices.</source>
        <translation>백만 토큰당 가격 (사용하는 통화); 비워 두면 가격 없음 (비용은 알 수 없음으로 표시). Tokscope에는 내장 가격이 없습니다.</translation>
    </message>
    <message>
        <source>%1: a price is not a non-negative number and was left empty.</source>
        <translation>%1: 가격이 0 이상의 숫자가 아니어서 비워 두었습니다.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>BACKEND</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>PROMPT TOK/S</source>
        <translation>프롬프트 TOK/S</translation>
    </message>
    <message>
        <source>GEN TOK/S</source>
        <translation>생성 TOK/S</translation>
    </message>
    <message>
        <source>KV CACHE</source>
        <translation>KV 캐시</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>대기</translation>
    </message>
    <message>
        <source> [simulated]</source>
        <translation> [시뮬레이션]</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Rates need two scrapes: use --watch SECONDS to measure tok/s.</source>
        <translation>속도는 두 번 수집해야 계산됩니다. tok/s를 측정하려면 --watch SECONDS를 사용하세요.</translation>
    </message>
    <message>
        <source>Usage: tokscope-cli probe [--node URL_OR_NAME]... [--json] [--watch S] [--config FILE]
                          [--interval MS] [--timeout MS]

Polls each node once (GET /health, /v1/models, /props or /version, /metrics) and prints its
status, backend, model, context, latency and metrics.

  --node URL_OR_NAME  a configured node's name or id, or a base URL (http://host:port);
                      repeat for several nodes. Default: every configured node.
  --config FILE       node list (JSON, as the app saves it). Default: the app's node list,
                      or the default lab when there is none.
  --json              print {"nodes": [...]}: snake_case keys, null where the node does not say.
  --watch S           poll for S seconds and report tok/s measured over that time (from the
                      /metrics counters; a restart or a missed poll is left out, never a spike).
  --interval MS       poll interval while watching (default: each node's own, 2000).
  --timeout MS        per-request timeout (default: each node's own, 1500).

Exit status: 0 when every node answered (up, loading or degraded), 1 when at least one node is
down, 2 on a usage or configuration error.
</source>
        <translation>사용법: tokscope-cli probe [--node URL_OR_NAME]... [--json] [--watch S] [--config FILE]
                          [--interval MS] [--timeout MS]

각 노드를 한 번 폴링하고(GET /health, /v1/models, /props 또는 /version, /metrics)
상태, 백엔드, 모델, 컨텍스트, 지연 시간, 메트릭을 출력합니다.

  --node URL_OR_NAME  설정된 노드의 이름 또는 id, 혹은 기본 URL (http://host:port).
                      여러 노드는 반복해서 지정. 기본값: 설정된 모든 노드.
  --config FILE       노드 목록 (앱이 저장하는 JSON). 기본값: 앱의 노드 목록,
                      없으면 기본 랩.
  --json              {"nodes": [...]} 출력: snake_case 키, 노드가 알려 주지 않는 값은 null.
  --watch S           S초 동안 폴링하고 그동안 측정한 tok/s를 보고 (/metrics 카운터 기반,
                      재시작이나 놓친 폴링은 급등값으로 만들지 않고 제외).
  --interval MS       감시 중 폴링 간격 (기본값: 각 노드 설정, 2000).
  --timeout MS        요청당 타임아웃 (기본값: 각 노드 설정, 1500).

종료 상태: 모든 노드가 응답하면(up, loading, degraded) 0, 하나 이상 down이면 1,
사용법 또는 설정 오류면 2.
</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>예상치 못한 인수 '%1'</translation>
    </message>
    <message>
        <source>--%1 needs a number above 0 (at most %2), not '%3'</source>
        <translation>--%1에는 0보다 크고 %2 이하인 숫자가 필요합니다 ('%3' 아님)</translation>
    </message>
    <message>
        <source>no nodes configured</source>
        <translation>설정된 노드 없음</translation>
    </message>
    <message>
        <source> ms (incl. network)</source>
        <translation> ms (네트워크 포함)</translation>
    </message>
</context>
<context>
    <name>ProbeInterpreter</name>
    <message>
        <source>redirected to %1: fix the node URL</source>
        <translation>%1(으)로 리디렉션됨: 노드 URL을 수정하세요</translation>
    </message>
    <message>
        <source>HTTP 401: unauthorized — check the API key</source>
        <translation>HTTP 401: 인증 실패 — API 키를 확인하세요</translation>
    </message>
    <message>
        <source>HTTP 403: forbidden — check the API key</source>
        <translation>HTTP 403: 접근 거부 — API 키를 확인하세요</translation>
    </message>
    <message>
        <source>%1: not available (HTTP %2)</source>
        <translation>%1: 사용할 수 없음 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: HTTP %2%3</source>
        <translation>%1: HTTP %2%3</translation>
    </message>
    <message>
        <source>answered HTML, not JSON: is this the right port?</source>
        <translation>JSON이 아닌 HTML로 응답함: 올바른 포트인가요?</translation>
    </message>
    <message numerus="yes">
        <source>/metrics has %n unparseable line(s)</source>
        <translation>
            <numerusform>/metrics에 파싱할 수 없는 줄 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>/metrics is empty</source>
        <translation>/metrics가 비어 있음</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>%1초 후 시간 초과</translation>
    </message>
    <message>
        <source>reply too large</source>
        <translation>응답이 너무 큼</translation>
    </message>
    <message>
        <source>reply cut short after %1 of %2 bytes</source>
        <translation>응답이 %2바이트 중 %1바이트에서 끊김</translation>
    </message>
    <message>
        <source>reply cut short after %1 bytes</source>
        <translation>응답이 %1바이트에서 끊김</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>호스트를 찾을 수 없음: %1</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>응답 없이 연결이 닫힘</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 핸드셰이크 실패</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>프록시가 연결을 거부함</translation>
    </message>
    <message>
        <source>proxy host not found</source>
        <translation>프록시 호스트를 찾을 수 없음</translation>
    </message>
    <message>
        <source>the proxy timed out</source>
        <translation>프록시 시간 초과</translation>
    </message>
    <message>
        <source>the proxy requires authentication</source>
        <translation>프록시 인증 필요</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>네트워크 오류 %1</translation>
    </message>
    <message>
        <source>%1 (via proxy %2)</source>
        <translation>%1 (프록시 %2 경유)</translation>
    </message>
    <message>
        <source>loading the model (HTTP 503)</source>
        <translation>모델 로딩 중 (HTTP 503)</translation>
    </message>
    <message>
        <source>/v1/models: invalid JSON</source>
        <translation>/v1/models: 잘못된 JSON</translation>
    </message>
    <message>
        <source>start llama-server with --metrics</source>
        <translation>llama-server를 --metrics 옵션으로 시작하세요</translation>
    </message>
</context>
<context>
    <name>PrometheusText</name>
    <message>
        <source>incomplete last line (no line feed), skipped: %1</source>
        <translation>마지막 줄이 불완전함(줄바꿈 없음), 건너뜀: %1</translation>
    </message>
    <message>
        <source>invalid metric name in # %1 line: %2</source>
        <translation># %1 줄의 메트릭 이름이 잘못됨: %2</translation>
    </message>
    <message>
        <source>second # HELP for %1 ignored</source>
        <translation>%1의 두 번째 # HELP 무시함</translation>
    </message>
    <message>
        <source>unknown metric type "%1" for %2</source>
        <translation>%2의 메트릭 유형 "%1"을(를) 알 수 없음</translation>
    </message>
    <message>
        <source>second # TYPE for %1 ignored</source>
        <translation>%1의 두 번째 # TYPE 무시함</translation>
    </message>
    <message>
        <source>unterminated label value</source>
        <translation>레이블 값이 닫히지 않음</translation>
    </message>
    <message>
        <source>invalid escape \%1 in label value</source>
        <translation>레이블 값의 이스케이프 \%1이(가) 잘못됨</translation>
    </message>
    <message>
        <source>not a metric line: %1</source>
        <translation>메트릭 줄이 아님: %1</translation>
    </message>
    <message>
        <source>invalid label name in %1</source>
        <translation>%1의 레이블 이름이 잘못됨</translation>
    </message>
    <message>
        <source>expected '=' after label %1</source>
        <translation>레이블 %1 뒤에 '='가 와야 함</translation>
    </message>
    <message>
        <source>expected '"' to start the value of label %1</source>
        <translation>레이블 %1의 값은 '"'로 시작해야 함</translation>
    </message>
    <message>
        <source>expected ',' or '}' after a label value in %1</source>
        <translation>%1에서 레이블 값 뒤에 ',' 또는 '}'가 와야 함</translation>
    </message>
    <message>
        <source>missing '}' in %1</source>
        <translation>%1에 '}'가 없음</translation>
    </message>
    <message>
        <source>missing value in %1</source>
        <translation>%1에 값이 없음</translation>
    </message>
    <message>
        <source>invalid value "%1" for %2</source>
        <translation>%2의 값 "%1"이(가) 잘못됨</translation>
    </message>
    <message>
        <source>invalid timestamp "%1" for %2</source>
        <translation>%2의 타임스탬프 "%1"이(가) 잘못됨</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp: %1</source>
        <translation>타임스탬프 뒤에 예상치 못한 텍스트: %1</translation>
    </message>
</context>
<context>
    <name>RegexCheck</name>
    <message>
        <source>invalid regex: %1</source>
        <translation>잘못된 정규식: %1</translation>
    </message>
    <message>
        <source>matched "%1"</source>
        <translation>"%1" 일치</translation>
    </message>
    <message>
        <source>no match for /%1/</source>
        <translation>/%1/에 일치하는 항목 없음</translation>
    </message>
</context>
<context>
    <name>Regression</name>
    <message>
        <source>%1/%2 on %3 passed in run %4 (%5) and fails now (%6)</source>
        <translation>%3의 %1/%2: 실행 %4 (%5)에서는 통과했으나 지금은 실패 (%6)</translation>
    </message>
    <message>
        <source>%1/%2 on %3 dropped from %4 to %5 (more than the %6-point spread)</source>
        <translation>%3의 %1/%2: %4에서 %5(으)로 하락 (편차 %6점 초과)</translation>
    </message>
</context>
<context>
    <name>ReviewerPrompts</name>
    <message>
        <source>Verify this code works</source>
        <translation>이 코드가 작동하는지 검증</translation>
    </message>
    <message>
        <source>Review - empowered to fail it</source>
        <translation>리뷰 - 불합격 판정 권한 있음</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>사용자 지정 프롬프트</translation>
    </message>
</context>
<context>
    <name>RubberStampHistoryStore</name>
    <message>
        <source>History database is not open</source>
        <translation>기록 데이터베이스가 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>Cannot update the history schema</source>
        <translation>기록 스키마를 갱신할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save the rubber-stamp test</source>
        <translation>러버스탬프 테스트를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the rubber-stamp tests</source>
        <translation>러버스탬프 테스트를 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>RubberStampRunner</name>
    <message>
        <source>a reviewer test is already running</source>
        <translation>리뷰어 테스트가 이미 진행 중임</translation>
    </message>
    <message>
        <source>the reviewer needs a node with a URL</source>
        <translation>리뷰어에 URL이 있는 노드가 필요함</translation>
    </message>
    <message>
        <source>nothing to test: no reviewer prompt or no run</source>
        <translation>테스트할 것이 없음: 리뷰어 프롬프트 또는 실행 없음</translation>
    </message>
    <message>
        <source>the chosen tasks have no known-good or known-bad examples</source>
        <translation>선택한 작업에 알려진 정상 예시나 불량 예시가 없음</translation>
    </message>
</context>
<context>
    <name>RunComparePanel</name>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Run A:</source>
        <translation>실행 A:</translation>
    </message>
    <message>
        <source>Run B:</source>
        <translation>실행 B:</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) · mean Δ %1 · %2 PASS → FAIL</source>
        <translation>
            <numerusform>셀 %n개 · 평균 Δ %1 · %2 PASS → FAIL</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>runaway</source>
        <translation>폭주</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>불완전</translation>
    </message>
</context>
<context>
    <name>RunawayDetector</name>
    <message>
        <source>Runaway: the %1 repeats the same %2-character passage %3 times ("%4"); the request was stopped.</source>
        <translation>폭주: %1에서 같은 %2자 구절이 %3번 반복되어("%4") 요청을 중단했습니다.</translation>
    </message>
    <message>
        <source>Runaway: generation hit max_tokens (%1) before any answer text; the model spent the whole budget thinking.</source>
        <translation>폭주: 답변 텍스트가 나오기 전에 생성이 max_tokens (%1)에 도달했습니다. 모델이 토큰 예산 전체를 사고에 썼습니다.</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>bubblewrap (bwrap) is not installed</source>
        <translation>bubblewrap (bwrap)이 설치되어 있지 않음</translation>
    </message>
    <message>
        <source>prlimit (util-linux) is not installed</source>
        <translation>prlimit (util-linux)이 설치되어 있지 않음</translation>
    </message>
    <message>
        <source>setpriv (util-linux) is needed to drop root before sandboxing</source>
        <translation>샌드박스 전에 root 권한을 내려놓으려면 setpriv (util-linux)가 필요함</translation>
    </message>
    <message>
        <source>bubblewrap cannot create a sandbox (user namespaces unavailable?): %1</source>
        <translation>bubblewrap이 샌드박스를 만들 수 없음 (사용자 네임스페이스를 쓸 수 없나요?): %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>임시 폴더를 만들 수 없음: %1</translation>
    </message>
    <message>
        <source>invalid file name: %1</source>
        <translation>잘못된 파일 이름: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>wall time limit of %1 ms exceeded</source>
        <translation>실제 시간 제한 %1 ms 초과</translation>
    </message>
    <message>
        <source>output limit exceeded</source>
        <translation>출력 제한 초과</translation>
    </message>
    <message>
        <source>killed by a signal</source>
        <translation>시그널로 종료됨</translation>
    </message>
    <message>
        <source>CPU time limit of %1 s exceeded</source>
        <translation>CPU 시간 제한 %1초 초과</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>시그널 %1(으)로 종료됨</translation>
    </message>
</context>
<context>
    <name>ScoreTrendChart</name>
    <message>
        <source>regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <source>Mean score per node — %1</source>
        <translation>노드별 평균 점수 — %1</translation>
    </message>
    <message>
        <source>Mean TTR per node — %1</source>
        <translation>노드별 평균 TTR — %1</translation>
    </message>
    <message>
        <source>model / engine change</source>
        <translation>모델 / 엔진 변경</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>TTR (s)</source>
        <translation>TTR (s)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>The new language applies after Tokscope restarts.</source>
        <translation>새 언어는 Tokscope를 다시 시작한 뒤 적용됩니다.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Also use it for every configured node</source>
        <translation>설정된 모든 노드에도 적용</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>최근 5분</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>기록 데이터베이스</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Node polling</source>
        <translation>노드 폴링</translation>
    </message>
    <message>
        <source>Poll interval for new nodes:</source>
        <translation>새 노드의 폴링 간격:</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>요청 타임아웃:</translation>
    </message>
    <message>
        <source>Charts and history</source>
        <translation>차트와 기록</translation>
    </message>
    <message>
        <source>Live chart window:</source>
        <translation>실시간 차트 구간:</translation>
    </message>
    <message>
        <source>History database:</source>
        <translation>기록 데이터베이스:</translation>
    </message>
    <message>
        <source>Draw charts with OpenGL</source>
        <translation>OpenGL로 차트 그리기</translation>
    </message>
    <message>
        <source>Faster with very long histories; turn it off if charts flicker or stay blank.</source>
        <translation>기록이 매우 길 때 더 빠릅니다. 차트가 깜빡이거나 비어 있으면 끄세요.</translation>
    </message>
    <message>
        <source>Costs (cloud nodes)</source>
        <translation>비용 (클라우드 노드)</translation>
    </message>
</context>
<context>
    <name>SimChatSession</name>
    <message>
        <source>Simulated failure after streaming began</source>
        <translation>스트리밍 시작 후 시뮬레이션된 실패</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>Run a simulated inference node (vLLM or llama.cpp dialect) on 127.0.0.1.</source>
        <translation>127.0.0.1에서 시뮬레이션 추론 노드(vLLM 또는 llama.cpp 방식)를 실행합니다.</translation>
    </message>
    <message>
        <source>Profile to simulate (see --list-profiles).</source>
        <translation>시뮬레이션할 프로필 (--list-profiles 참고).</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>127.0.0.1의 포트 (0 = 아무 빈 포트).</translation>
    </message>
    <message>
        <source>Inject a fault; repeatable. Known faults:</source>
        <translation>장애를 주입합니다. 반복 가능. 알려진 장애:</translation>
    </message>
    <message>
        <source>Multiply every scripted duration (0.1 = ten times faster).</source>
        <translation>스크립트된 모든 시간에 곱할 배수 (0.1 = 10배 빠르게).</translation>
    </message>
    <message>
        <source>Require the API key stored in this environment variable.</source>
        <translation>이 환경 변수에 저장된 API 키를 요구합니다.</translation>
    </message>
    <message>
        <source>List the profiles and exit.</source>
        <translation>프로필 목록을 표시하고 종료합니다.</translation>
    </message>
    <message>
        <source>unknown profile '%1' (known: %2)</source>
        <translation>알 수 없는 프로필 '%1' (알려진 프로필: %2)</translation>
    </message>
    <message>
        <source>--port needs a number 0..65535</source>
        <translation>--port에는 0..65535 사이의 숫자가 필요함</translation>
    </message>
    <message>
        <source>--time-scale needs a positive number</source>
        <translation>--time-scale에는 양수가 필요함</translation>
    </message>
    <message>
        <source>environment variable %1 is empty</source>
        <translation>환경 변수 %1이(가) 비어 있음</translation>
    </message>
    <message>
        <source>faults: %1</source>
        <translation>장애: %1</translation>
    </message>
    <message>
        <source>API key required (from %1)</source>
        <translation>API 키 필요 (%1에서 읽음)</translation>
    </message>
    <message>
        <source>stopped after %1 HTTP requests, %2 chat completions (%3 aborted), %4 tokens generated</source>
        <translation>HTTP 요청 %1개, 채팅 완성 %2개 (%3개 중단), 토큰 %4개 생성 후 중지됨</translation>
    </message>
</context>
<context>
    <name>SimFault</name>
    <message>
        <source>fault '%1' needs a positive whole number, got '%2'</source>
        <translation>장애 '%1'에는 양의 정수가 필요하지만 '%2'을(를) 받음</translation>
    </message>
    <message>
        <source>fault '%1' takes no value</source>
        <translation>장애 '%1'은(는) 값을 받지 않음</translation>
    </message>
    <message>
        <source>http-error needs a status 400..599, got %1</source>
        <translation>http-error에는 400..599 상태 코드가 필요하지만 %1을(를) 받음</translation>
    </message>
    <message>
        <source>unknown fault '%1' (known: %2)</source>
        <translation>알 수 없는 장애 '%1' (알려진 장애: %2)</translation>
    </message>
    <message>
        <source>stop listening: connection refused</source>
        <translation>수신 중지: 연결 거부</translation>
    </message>
    <message>
        <source>send status and headers, then nothing (a hung server)</source>
        <translation>상태와 헤더만 보내고 멈춤 (멈춘 서버)</translation>
    </message>
    <message>
        <source>=N: close the connection after N stream events (a killed server)</source>
        <translation>=N: 스트림 이벤트 N개 후 연결을 닫음 (죽은 서버)</translation>
    </message>
    <message>
        <source>=STATUS: answer every request with an HTTP error JSON</source>
        <translation>=STATUS: 모든 요청에 HTTP 오류 JSON으로 응답</translation>
    </message>
    <message>
        <source>=N: the Nth stream event carries broken JSON</source>
        <translation>=N: N번째 스트림 이벤트에 깨진 JSON을 보냄</translation>
    </message>
    <message>
        <source>=N: an error object inside the stream after N events</source>
        <translation>=N: 이벤트 N개 후 스트림 안에 오류 객체를 보냄</translation>
    </message>
    <message>
        <source>=STATUS: answer an HTML page instead of JSON</source>
        <translation>=STATUS: JSON 대신 HTML 페이지로 응답</translation>
    </message>
    <message>
        <source>model still loading: /health answers 503</source>
        <translation>모델 로딩 중: /health가 503으로 응답</translation>
    </message>
    <message>
        <source>metrics counters restart from 0 (once)</source>
        <translation>메트릭 카운터가 0부터 다시 시작 (1회)</translation>
    </message>
    <message>
        <source>/metrics carries lines that are not Prometheus text</source>
        <translation>/metrics에 Prometheus 텍스트가 아닌 줄이 섞임</translation>
    </message>
    <message>
        <source>=MS: write every response one byte per MS milliseconds</source>
        <translation>=MS: 모든 응답을 MS 밀리초마다 1바이트씩 씀</translation>
    </message>
    <message>
        <source>thinking loops until max_tokens: finish length, empty answer</source>
        <translation>사고가 max_tokens까지 반복: finish length, 빈 답변</translation>
    </message>
</context>
<context>
    <name>SimLab</name>
    <message>
        <source>unknown profile %1</source>
        <translation>알 수 없는 프로필 %1</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (시뮬레이션)</translation>
    </message>
    <message>
        <source>Anthropic API (simulated)</source>
        <translation>Anthropic API (시뮬레이션)</translation>
    </message>
</context>
<context>
    <name>SimProfile</name>
    <message>
        <source>thinking fixed %1</source>
        <translation>사고 %1 고정</translation>
    </message>
    <message>
        <source>thinking on by default</source>
        <translation>기본 사고 켜짐</translation>
    </message>
    <message>
        <source>thinking off by default</source>
        <translation>기본 사고 꺼짐</translation>
    </message>
    <message>
        <source>%1: %2 %3, prefill %4 tok/s, decode %5 tok/s, up to %6 tokens/chunk, context %7, %8%9</source>
        <translation>%1: %2 %3, 프리필 %4 tok/s, 디코드 %5 tok/s, 청크당 최대 %6 토큰, 컨텍스트 %7, %8%9</translation>
    </message>
    <message>
        <source>, nondeterministic</source>
        <translation>, 비결정적</translation>
    </message>
</context>
<context>
    <name>SimulatedNode</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1에서 수신할 수 없음: %2</translation>
    </message>
    <message>
        <source>Simulated HTTP error %1</source>
        <translation>시뮬레이션된 HTTP 오류 %1</translation>
    </message>
</context>
<context>
    <name>StabilityAnalyzer</name>
    <message>
        <source>Stable</source>
        <translation>안정</translation>
    </message>
    <message>
        <source>Unstable</source>
        <translation>불안정</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 different answers in %2 runs</source>
        <translation>실행 %2회에서 서로 다른 답변 %1개</translation>
    </message>
    <message>
        <source>%1 of %2 runs answered, %3 ran away</source>
        <translation>실행 %2회 중 %1회 응답, %3회 폭주</translation>
    </message>
    <message>
        <source>needs at least 2 runs</source>
        <translation>실행이 2회 이상 필요</translation>
    </message>
    <message>
        <source>all %1 runs gave the same answer</source>
        <translation>실행 %1회 모두 같은 답변</translation>
    </message>
    <message>
        <source>only %1 of %2 runs finished</source>
        <translation>실행 %2회 중 %1회만 완료</translation>
    </message>
</context>
<context>
    <name>SuiteLoader</name>
    <message>
        <source>unknown field (comments may use keys starting with "_")</source>
        <translation>알 수 없는 필드 (주석에는 "_"로 시작하는 키를 쓸 수 있음)</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>필수 필드 없음</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>문자열이어야 함</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>숫자여야 함</translation>
    </message>
    <message>
        <source>must be a whole number &gt;= 0</source>
        <translation>0 이상의 정수여야 함</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>true, false 또는 null이어야 함</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>문자열 배열이어야 함</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됨</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>0에서 100 사이여야 함</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>객체여야 함</translation>
    </message>
    <message>
        <source>unknown check type "%1"</source>
        <translation>알 수 없는 검사 유형 "%1"</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>0보다 커야 함</translation>
    </message>
    <message numerus="yes">
        <source>no turn %1 in a task with %n turn(s)</source>
        <translation>
            <numerusform>턴이 %n개인 태스크에 턴 %1이(가) 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>must be answer, reasoning or both</source>
        <translation>answer, reasoning 또는 both여야 함</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true 또는 false여야 함</translation>
    </message>
    <message>
        <source>must be "any" or "all"</source>
        <translation>"any" 또는 "all"이어야 함</translation>
    </message>
    <message>
        <source>only the flags i, s, m and x exist</source>
        <translation>플래그는 i, s, m, x만 있음</translation>
    </message>
    <message>
        <source>invalid regex: %1 at offset %2</source>
        <translation>잘못된 정규식: 오프셋 %2에서 %1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>음수면 안 됨</translation>
    </message>
    <message>
        <source>must be "final" or "any"</source>
        <translation>"final" 또는 "any"여야 함</translation>
    </message>
    <message>
        <source>must be an object of path -&gt; expected value</source>
        <translation>경로 -&gt; 예상 값 형태의 객체여야 함</translation>
    </message>
    <message>
        <source>must be "object" or "array"</source>
        <translation>"object" 또는 "array"여야 함</translation>
    </message>
    <message>
        <source>must be an object of letter -&gt; text</source>
        <translation>문자 -&gt; 텍스트 형태의 객체여야 함</translation>
    </message>
    <message>
        <source>options are single letters</source>
        <translation>선택지는 한 글자여야 함</translation>
    </message>
    <message>
        <source>must be one of the option letters</source>
        <translation>선택지 문자 중 하나여야 함</translation>
    </message>
    <message>
        <source>a length check needs at least one of min_/max_ chars, words or lines</source>
        <translation>length 검사에는 min_/max_ chars, words, lines 중 하나 이상이 필요함</translation>
    </message>
    <message>
        <source>only "python" is supported</source>
        <translation>"python"만 지원함</translation>
    </message>
    <message>
        <source>not used by a %1 check</source>
        <translation>%1 검사에서는 쓰지 않음</translation>
    </message>
    <message>
        <source>must be an array of answers (one array of strings per example)</source>
        <translation>답변 배열이어야 함 (예시마다 문자열 배열 하나)</translation>
    </message>
    <message>
        <source>must be an array of strings, one per turn</source>
        <translation>턴마다 하나씩인 문자열 배열이어야 함</translation>
    </message>
    <message numerus="yes">
        <source>has %1 answer(s) but the task has %n turn(s)</source>
        <translation>
            <numerusform>답변은 %1개인데 태스크의 턴은 %n개임</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" may only contain letters, digits, '.', '_' and '-'</source>
        <translation>"%1"에는 문자, 숫자, '.', '_', '-'만 쓸 수 있음</translation>
    </message>
    <message>
        <source>a turn is empty</source>
        <translation>빈 턴이 있음</translation>
    </message>
    <message>
        <source>must be a non-empty array of checks</source>
        <translation>비어 있지 않은 검사 배열이어야 함</translation>
    </message>
    <message>
        <source>duplicate check name "%1"</source>
        <translation>중복된 검사 이름 "%1"</translation>
    </message>
    <message>
        <source>must be an object with "good" and/or "bad"</source>
        <translation>"good" 및/또는 "bad"가 있는 객체여야 함</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON 구문 오류 (%1행 %2열): %3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>파일에는 JSON 객체 하나가 있어야 함</translation>
    </message>
    <message>
        <source>unsupported format %1 (this version reads format 1)</source>
        <translation>지원하지 않는 형식 %1 (이 버전은 형식 1을 읽음)</translation>
    </message>
    <message>
        <source>"%1" may only contain a-z, 0-9, '.', '_' and '-'</source>
        <translation>"%1"에는 a-z, 0-9, '.', '_', '-'만 쓸 수 있음</translation>
    </message>
    <message>
        <source>must be a non-empty array of tasks</source>
        <translation>비어 있지 않은 태스크 배열이어야 함</translation>
    </message>
    <message>
        <source>duplicate task id</source>
        <translation>중복된 태스크 id</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>suite "%1" is already loaded from %2</source>
        <translation>스위트 "%1"이(가) 이미 %2에서 로드됨</translation>
    </message>
    <message>
        <source>a value is empty</source>
        <translation>빈 값이 있음</translation>
    </message>
    <message>
        <source>must be an object of unit -&gt; factor</source>
        <translation>단위 -&gt; 배수 형태의 객체여야 함</translation>
    </message>
    <message>
        <source>must be a number greater than 0, or null</source>
        <translation>0보다 큰 숫자 또는 null이어야 함</translation>
    </message>
    <message>
        <source>must be a non-empty string or a whole number</source>
        <translation>비어 있지 않은 문자열 또는 정수여야 함</translation>
    </message>
</context>
<context>
    <name>SuiteSelector</name>
    <message>
        <source>suite '%1' is given twice (by '%2')</source>
        <translation>스위트 '%1'이(가) 두 번 지정됨 ('%2'에 의해)</translation>
    </message>
    <message>
        <source>unknown suite '%1' (see --list; a path to a suite file works too)</source>
        <translation>알 수 없는 스위트 '%1' (--list 참고; 스위트 파일 경로도 쓸 수 있음)</translation>
    </message>
    <message>
        <source>no suite file %1</source>
        <translation>스위트 파일 %1이(가) 없음</translation>
    </message>
    <message>
        <source>suite file %1 is not a valid suite:
  %2</source>
        <translation>스위트 파일 %1은(는) 올바른 스위트가 아님:
  %2</translation>
    </message>
</context>
<context>
    <name>SuiteVerifier</name>
    <message>
        <source>no loaded suite comes from a file named "%1.json"</source>
        <translation>"%1.json" 파일에서 로드된 스위트가 없음</translation>
    </message>
    <message>
        <source>suite "%1" has no task "%2"</source>
        <translation>스위트 "%1"에 작업 "%2"이(가) 없음</translation>
    </message>
    <message>
        <source>%1[%2] has %3 answer(s) but the task has %4 turn(s)</source>
        <translation>%1[%2]에는 답변이 %3개 있지만 작업의 턴은 %4개임</translation>
    </message>
</context>
<context>
    <name>SuitesCommand</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: 해당 폴더 없음</translation>
    </message>
    <message>
        <source>no suite named "%1" (loaded: %2)</source>
        <translation>이름이 "%1"인 스위트가 없음 (로드됨: %2)</translation>
    </message>
    <message>
        <source>no suite to verify</source>
        <translation>검증할 스위트가 없음</translation>
    </message>
    <message>
        <source>task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>right accepted</source>
        <translation>정답 수락</translation>
    </message>
    <message>
        <source>wrong rejected</source>
        <translation>오답 거부</translation>
    </message>
    <message>
        <source>result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>MISJUDGED</source>
        <translation>오판</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message numerus="yes">
        <source> (%n not judged: a check was skipped)</source>
        <translation>
            <numerusform> (%n개 판정 안 됨: 검사를 건너뜀)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 #%3 (%4): right answer REJECTED, score %5</source>
        <translation>%1 %2 #%3 (%4): 정답이 거부됨(REJECTED), 점수 %5</translation>
    </message>
    <message>
        <source>%1 %2 #%3 (%4): wrong answer ACCEPTED, score %5</source>
        <translation>%1 %2 #%3 (%4): 오답이 수락됨(ACCEPTED), 점수 %5</translation>
    </message>
    <message>
        <source>right answers accepted: %1 (%2/%3)</source>
        <translation>정답 수락: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>wrong answers rejected: %1 (%2/%3)</source>
        <translation>오답 거부: %1 (%2/%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not judged: a check was skipped (no sandbox?)</source>
        <translation>
            <numerusform>답변 %n개 판정 안 됨: 검사를 건너뜀 (샌드박스 없음?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misjudged answer(s)</source>
        <translation>
            <numerusform>오판된 답변 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>verify: runs each task's examples (and a grading corpus) through its checks and reports every misjudgement and the rates of right answers accepted and wrong answers rejected.</source>
        <translation>verify: 각 작업의 예시(및 채점 코퍼스)를 해당 검사로 실행하고, 모든 오판과 정답 수락률 및 오답 거부율을 보고합니다.</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>Verify the suites in DIR instead of the built-in and user suites (repeatable).</source>
        <translation>기본 제공 스위트와 사용자 스위트 대신 DIR의 스위트를 검증합니다 (반복 가능).</translation>
    </message>
    <message>
        <source>Grading corpus folder: DIR/&lt;suite file name&gt;/&lt;task id&gt;.json.</source>
        <translation>채점 코퍼스 폴더: DIR/&lt;suite file name&gt;/&lt;task id&gt;.json.</translation>
    </message>
    <message>
        <source>Only this suite (a name, or a suite file path); repeatable.</source>
        <translation>이 스위트만 (이름 또는 스위트 파일 경로); 반복 가능.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>usage: tokscope-cli suites verify [--suite-dir DIR] [--answers DIR] [--suite NAME_OR_PATH] [--json]</source>
        <translation>사용법: tokscope-cli suites verify [--suite-dir DIR] [--answers DIR] [--suite NAME_OR_PATH] [--json]</translation>
    </message>
</context>
<context>
    <name>TextChecks</name>
    <message>
        <source>equals "%1"</source>
        <translation>"%1"과(와) 같음</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>"%1"은(는) 다음 중 하나가 아님: %2</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>찾음: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>없음: %1</translation>
    </message>
    <message>
        <source>none of: %1</source>
        <translation>하나도 없음: %1</translation>
    </message>
</context>
<context>
    <name>ThreadedChatStream</name>
    <message>
        <source>The request was dropped: its network thread was deleted.</source>
        <translation>요청이 중단되었습니다: 네트워크 스레드가 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소됨.</translation>
    </message>
</context>
<context>
    <name>ThroughputChartView</name>
    <message>
        <source>Prompt processing (prefill), tokens/s</source>
        <translation>프롬프트 처리 (프리필), 토큰/s</translation>
    </message>
    <message>
        <source>Generation, tokens/s</source>
        <translation>생성, 토큰/s</translation>
    </message>
</context>
<context>
    <name>UsageTotals</name>
    <message>
        <source>in %1</source>
        <translation>입력 %1</translation>
    </message>
    <message>
        <source> (cache read %1, write %2)</source>
        <translation> (캐시 읽기 %1, 쓰기 %2)</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>출력 %1</translation>
    </message>
    <message>
        <source> (reasoning %1)</source>
        <translation> (추론 %1)</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>비용 %1</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>비용 알 수 없음</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Unanimous</source>
        <translation>만장일치</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>다수</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>엇갈림</translation>
    </message>
    <message>
        <source>All fail</source>
        <translation>전원 실패</translation>
    </message>
</context>
<context>
    <name>VerdictHistoryChart</name>
    <message>
        <source>Verdicts per benchmark run</source>
        <translation>벤치마크 실행별 판정</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dashboard and measurement bench for self-hosted LLM inference nodes.</source>
        <translation>자체 호스팅 LLM 추론 노드를 위한 대시보드이자 측정 벤치.</translation>
    </message>
    <message>
        <source>Start the simulated lab (three nodes on 127.0.0.1) and show it.</source>
        <translation>시뮬레이션 랩(127.0.0.1의 노드 3개)을 시작하고 표시합니다.</translation>
    </message>
    <message>
        <source>User interface language: en or ko.</source>
        <translation>사용자 인터페이스 언어: en 또는 ko.</translation>
    </message>
    <message>
        <source>History database file.</source>
        <translation>기록 데이터베이스 파일.</translation>
    </message>
    <message>
        <source>Node list file (default: the saved nodes).</source>
        <translation>노드 목록 파일 (기본값: 저장된 노드).</translation>
    </message>
    <message>
        <source>Settings INI file to use.</source>
        <translation>사용할 설정 INI 파일.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window and quit.</source>
        <translation>메인 창을 PNG로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <source>Seconds to wait before --screenshot (default 5).</source>
        <translation>--screenshot 전에 기다릴 시간(초) (기본값 5).</translation>
    </message>
    <message>
        <source>Page to show first (0 = Dashboard, 1 = Compare, 2 = Benchmarks, 3 = History, 4 = Overview, 5 = Pair).</source>
        <translation>처음 표시할 페이지 (0 = 대시보드, 1 = 비교, 2 = 벤치마크, 3 = 기록, 4 = 개요, 5 = 페어).</translation>
    </message>
    <message>
        <source>Quit with exit code 0 after S seconds (smoke tests, demos).</source>
        <translation>S초 후 종료 코드 0으로 종료합니다 (스모크 테스트, 데모용).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x720 (for screenshots).</source>
        <translation>창 크기, 예: 1280x720 (스크린샷용).</translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds (0 to 604800), not '%1'</source>
        <translation>--quit-after에는 초 단위 숫자(0~604800)가 필요하지만 '%1'을(를) 받음</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>페어</translation>
    </message>
</context>
</TS>