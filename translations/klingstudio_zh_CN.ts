<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BatchFile</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>第 %1 行：引号中的字段没有结束。</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns (e.g. prompt,duration,quality).</source>
        <translation>文件为空：第一行必须写出列名（例如 prompt,duration,quality）。</translation>
    </message>
    <message>
        <source>Line 1 must name the columns, with at least &quot;prompt&quot; (found: %1).</source>
        <translation>第 1 行必须写出列名，至少包含“prompt”（实际为：%1）。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header names %3.</source>
        <translation>第 %1 行有 %2 个字段，而首行只写了 %3 列。</translation>
    </message>
    <message>
        <source>The file names its columns but holds no job.</source>
        <translation>文件写出了列名，但没有任何任务。</translation>
    </message>
    <message>
        <source>The file holds no prompt (one per line; lines starting with # are left out).</source>
        <translation>文件中没有提示词（每行一条；以 # 开头的行会被忽略）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB: not a batch file.</source>
        <translation>%1 大于 4 MiB，不是批量任务文件。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Use the built-in simulator: no key, no credits spent.</source>
        <translation>使用内置模拟器：无需密钥，不消耗积分。</translation>
    </message>
    <message>
        <source>Mode: text-to-video, image-to-video, reference-to-video or video-edit.</source>
        <translation>模式：text-to-video、image-to-video、reference-to-video 或 video-edit。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>What the video shows.</source>
        <translation>视频内容的描述（提示词）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Length in seconds.</source>
        <translation>时长（秒）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Aspect ratio: 16:9, 9:16 or 1:1.</source>
        <translation>画面比例：16:9、9:16 或 1:1。</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <source>Generated sound: on or off.</source>
        <translation>生成声音：on 或 off。</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>First frame (image-to-video): a JPG/PNG file or an https URL.</source>
        <translation>首帧（image-to-video）：JPG/PNG 文件或 https URL。</translation>
    </message>
    <message>
        <source>file|url</source>
        <translation>文件|url</translation>
    </message>
    <message>
        <source>Last frame (image-to-video, needs --image-start).</source>
        <translation>尾帧（image-to-video，需同时指定 --image-start）。</translation>
    </message>
    <message>
        <source>Reference image; repeat for several.</source>
        <translation>参考图；可重复指定多张。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Where to save the video (a file, or an existing folder).</source>
        <translation>视频的保存位置（文件，或已存在的文件夹）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>How many jobs history lists.</source>
        <translation>history 列出的任务数量。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Task or job id (status).</source>
        <translation>服务器端任务 ID 或本地任务 ID（用于 status）。</translation>
    </message>
    <message>
        <source>status needs exactly one task id (or job id).</source>
        <translation>status 需要且仅需要一个任务 ID。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &quot;%1&quot;.</source>
        <translation>--limit 需要一个正整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;. Use text-to-video, image-to-video, reference-to-video or video-edit.</source>
        <translation>未知模式“%1”。请使用 text-to-video、image-to-video、reference-to-video 或 video-edit。</translation>
    </message>
    <message>
        <source>--duration needs whole seconds, not &quot;%1&quot;.</source>
        <translation>--duration 需要整数秒，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 takes no --duration: the length follows the input video.</source>
        <translation>%1 不支持 --duration：时长与输入视频一致。</translation>
    </message>
    <message>
        <source>Unknown aspect ratio &quot;%1&quot;. Use 16:9, 9:16 or 1:1.</source>
        <translation>未知画面比例“%1”。请使用 16:9、9:16 或 1:1。</translation>
    </message>
    <message>
        <source>%1 takes no --aspect.</source>
        <translation>%1 不支持 --aspect。</translation>
    </message>
    <message>
        <source>Unknown quality &quot;%1&quot;. Use 720p or 1080p.</source>
        <translation>未知画质“%1”。请使用 720p 或 1080p。</translation>
    </message>
    <message>
        <source>--sound is on or off, not &quot;%1&quot;.</source>
        <translation>--sound 的值应为 on 或 off，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 has no generated sound.</source>
        <translation>%1 不支持生成声音。</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>不是可读取的图片</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out 需要一个文件名。</translation>
    </message>
    <message>
        <source>not a readable video</source>
        <translation>不是可读取的视频</translation>
    </message>
    <message>
        <source>Input video (reference-to-video, video-edit, element create): an MP4/MOV file or an https URL.</source>
        <translation>输入视频（reference-to-video、video-edit、element create）：MP4/MOV 文件或 https URL。</translation>
    </message>
    <message>
        <source>Keep the input video&apos;s sound: on or off.</source>
        <translation>保留输入视频的声音：on 或 off。</translation>
    </message>
    <message>
        <source>Element id to use (&lt;&lt;&lt;element_N&gt;&gt;&gt; in the prompt); repeat for several.</source>
        <translation>要使用的主体 ID（在提示词中写作 &lt;&lt;&lt;element_N&gt;&gt;&gt;）；可重复指定多个。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>One shot of a multi-shot video, e.g. 5:&quot;a cat wakes up&quot;; repeat for each shot.</source>
        <translation>多镜头视频中的一个镜头，例如 5:&quot;a cat wakes up&quot;；每个镜头指定一次。</translation>
    </message>
    <message>
        <source>seconds:prompt</source>
        <translation>秒数:提示词</translation>
    </message>
    <message>
        <source>Watermark on the video: on or off.</source>
        <translation>视频水印：on 或 off。</translation>
    </message>
    <message>
        <source>https URL EvoLink calls when the task ends.</source>
        <translation>任务结束时 EvoLink 调用的 https 回调地址。</translation>
    </message>
    <message>
        <source>Element name (element create, up to 20 characters).</source>
        <translation>主体名称（element create，最多 20 个字符）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Element description (element create, up to 100 characters).</source>
        <translation>主体描述（element create，最多 100 个字符）。</translation>
    </message>
    <message>
        <source>estimate | generate | status | history | resume | element create | element list</source>
        <translation>estimate | generate | status | history | resume | element create | element list</translation>
    </message>
    <message>
        <source>Use &quot;element create&quot; or &quot;element list&quot;.</source>
        <translation>请使用“element create”或“element list”。</translation>
    </message>
    <message>
        <source>An element is made either from images (--front, --angle) or from a video (--video), not both.</source>
        <translation>主体只能由图片（--front、--angle）或视频（--video）创建，不能同时使用两者。</translation>
    </message>
    <message>
        <source>%1 takes no --video.</source>
        <translation>%1 不支持 --video。</translation>
    </message>
    <message>
        <source>--keep-sound is on or off, not &quot;%1&quot;.</source>
        <translation>--keep-sound 的值应为 on 或 off，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 has no input video whose sound could be kept.</source>
        <translation>%1 没有可保留声音的输入视频。</translation>
    </message>
    <message>
        <source>--element needs an element id.</source>
        <translation>--element 需要一个主体 ID。</translation>
    </message>
    <message>
        <source>%1 has no multi-shot videos (--shot).</source>
        <translation>%1 不支持多镜头视频（--shot）。</translation>
    </message>
    <message>
        <source>--shot needs whole seconds, a colon and the shot&apos;s prompt (e.g. 5:&quot;a cat wakes up&quot;), not &quot;%1&quot;.</source>
        <translation>--shot 需要整数秒、冒号和镜头提示词（例如 5:&quot;a cat wakes up&quot;），而不是“%1”。</translation>
    </message>
    <message>
        <source>--watermark is on or off, not &quot;%1&quot;.</source>
        <translation>--watermark 的值应为 on 或 off，而不是“%1”。</translation>
    </message>
    <message>
        <source>estimate, video-edit: the input video&apos;s length in seconds, to price an edit without the file.</source>
        <translation>estimate，video-edit：输入视频的时长（秒），无需文件即可估算编辑费用。</translation>
    </message>
    <message>
        <source>--seconds is for estimate only; generate reads the length from --video.</source>
        <translation>--seconds 仅用于 estimate；generate 从 --video 读取时长。</translation>
    </message>
    <message>
        <source>--seconds is for video-edit, whose price follows the input video&apos;s length; %1 takes --duration.</source>
        <translation>--seconds 用于 video-edit（其价格取决于输入视频的时长）；%1 请使用 --duration。</translation>
    </message>
    <message>
        <source>--seconds needs a positive whole number of seconds, not &quot;%1&quot;.</source>
        <translation>--seconds 需要正整数秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give either --video with a local file or --seconds, not both: the file&apos;s own length is what an edit costs.</source>
        <translation>请给出本地文件的 --video 或 --seconds，不要同时给出：编辑费用按文件本身的时长计算。</translation>
    </message>
    <message>
        <source>Element&apos;s frontal image (element create); required with 1 to 3 --angle images.</source>
        <translation>主体的正面图（element create）；必填，并需同时提供 1 到 3 张 --angle 图片。</translation>
    </message>
    <message>
        <source>Element reference image from another angle; repeat, 1 to 3; required with --front.</source>
        <translation>主体其他角度的参考图；可重复指定，1 到 3 张；与 --front 一起必填。</translation>
    </message>
    <message>
        <source>Unknown quality &quot;%1&quot;. Use 720p, 1080p or 4k.</source>
        <translation>未知画质“%1”。请使用 720p、1080p 或 4k。</translation>
    </message>
    <message>
        <source>%1 has no 4k; use 720p or 1080p (4k is for text-to-video and image-to-video).</source>
        <translation>%1 不支持 4k；请使用 720p 或 1080p（4k 仅适用于 text-to-video 和 image-to-video）。</translation>
    </message>
    <message>
        <source>Quality: 720p or 1080p; 4k for text-to-video and image-to-video only.</source>
        <translation>画质：720p 或 1080p；4k 仅适用于文生视频（text-to-video）和图生视频（image-to-video）。</translation>
    </message>
    <message>
        <source>Voice the element speaks with (element create with --video only; optional).</source>
        <translation>主体说话时使用的音色（仅用于带 --video 的 element create；可选）。</translation>
    </message>
    <message>
        <source>generate: check the prompt with EvoLink&apos;s moderation first, and send nothing when it is likely to be refused.</source>
        <translation>generate：先用 EvoLink 内容审核检查提示词，如果很可能被拒绝则不发送任何内容。</translation>
    </message>
    <message>
        <source>Kling Studio on the command line: estimate, generate and track Kling O3 videos through EvoLink.

Commands:
  estimate     print the credit cost of a request (first line: credits)
  generate     make a video and download it (--out)
  status &lt;id&gt;  show a task (task id, or a job id from history)
  history      list recent jobs of the journal
  resume       finish every unfinished job of the journal (poll, download)
  element create --name N --description D (--front IMG --angle IMG... | --video V [--voice-id ID])
               make a reusable subject; prints its element id (first line)
  element list list the elements made so far
  paths        print where the journal, data, settings and cache are (shared with the app)
  models       list the Kling models and whether this API key may use them
  batch FILE   generate every job of FILE: a CSV table whose header names the options (prompt,mode,duration,quality,sound,aspect,image_start,…) or a text file with one prompt per line; the other options apply to every job. Prints the total and asks first (--yes does not ask)

The API key is read from EVOLINK_API_KEY or the system keychain; EVOLINK_API_BASE and EVOLINK_FILES_BASE override the endpoints. Without a key, the built-in simulator is used (demo mode, no credits spent).</source>
        <translation>Kling Studio 命令行：通过 EvoLink 估算、生成并跟踪 Kling O3 视频。

命令：
  estimate     输出请求的积分消耗（第一行：积分）
  generate     生成视频并下载（--out）
  status &lt;id&gt;  显示任务（服务器端任务 ID，或历史记录中的本地任务 ID）
  history      列出日志中最近的任务
  resume       完成日志中所有未完成的任务（轮询、下载）
  element create --name N --description D (--front IMG --angle IMG... | --video V [--voice-id ID])
               创建可复用的主体；输出其主体 ID（第一行）
  element list 列出已创建的主体
  paths        输出日志、数据、设置和缓存所在的位置（与应用共用）
  models       列出各 Kling 模型，以及此 API 密钥能否使用它们
  batch FILE   生成 FILE 中的每个任务：FILE 可以是 CSV 表格（首行写出选项名：prompt,mode,duration,quality,sound,aspect,image_start,…），也可以是每行一条提示词的文本文件；其余选项适用于每个任务。先显示总费用并询问（--yes 则不询问）

API 密钥从 EVOLINK_API_KEY 或系统钥匙串读取；EVOLINK_API_BASE 和 EVOLINK_FILES_BASE 可覆盖接口地址。未设置密钥时使用内置模拟器（演示模式，不消耗积分）。</translation>
    </message>
    <message>
        <source>batch: start the jobs without asking.</source>
        <translation>batch：不询问，直接开始这些任务。</translation>
    </message>
    <message>
        <source>batch needs exactly one file (a .csv table or a text file of prompts).</source>
        <translation>batch 需要且只需要一个文件（.csv 表格或提示词文本文件）。</translation>
    </message>
    <message>
        <source>--precheck is for generate; batch does not offer it.</source>
        <translation>--precheck 仅用于 generate，batch 不支持。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use estimate, generate, batch, status, history, resume, element, models or paths.</source>
        <translation>未知命令“%1”。请使用 estimate、generate、batch、status、history、resume、element、models 或 paths。</translation>
    </message>
</context>
<context>
    <name>ContentPolicyAdvice</name>
    <message>
        <source>EvoLink&apos;s safety filter refused this job: it found photorealistic people. Use an illustrated or otherwise non-photorealistic person, or an image without people, then resubmit.</source>
        <translation>EvoLink 的安全过滤器拒绝了此任务：检测到写实风格的真人。请改用插画或其他非写实风格的人物，或使用不含人物的图片，然后重新提交。</translation>
    </message>
    <message>
        <source>EvoLink&apos;s safety filter refused this job: it recognised a famous person in an image. Remove the famous person or use an image of someone else, then resubmit.</source>
        <translation>EvoLink 的安全过滤器拒绝了此任务：在图片中识别出了名人。请去掉该名人或改用其他人的图片，然后重新提交。</translation>
    </message>
    <message>
        <source>EvoLink&apos;s safety filter refused this job: it found third-party content (for example a brand, logo, character or artwork owned by someone else). Remove it from the prompt and the images, then resubmit.</source>
        <translation>EvoLink 的安全过滤器拒绝了此任务：检测到第三方内容（例如他人拥有的品牌、标志、角色或艺术作品）。请从提示词和图片中去掉这些内容，然后重新提交。</translation>
    </message>
    <message>
        <source>EvoLink&apos;s safety filter refused this job: it found nudity. Use clothed people in the prompt and the images, then resubmit.</source>
        <translation>EvoLink 的安全过滤器拒绝了此任务：检测到裸露内容。请在提示词和图片中使用穿着衣服的人物，然后重新提交。</translation>
    </message>
    <message>
        <source>EvoLink&apos;s safety filter refused this job: content showing minors is not allowed. Remove children and teenagers from the prompt and the images, then resubmit.</source>
        <translation>EvoLink 的安全过滤器拒绝了此任务：不允许出现未成年人的内容。请从提示词和图片中去掉儿童和青少年，然后重新提交。</translation>
    </message>
    <message>
        <source>EvoLink&apos;s safety filter refused this job (for example for real faces or celebrities). Change the prompt or the images, then resubmit.</source>
        <translation>EvoLink 的安全过滤器拒绝了此任务（例如因为真实人脸或名人）。请修改提示词或图片，然后重新提交。</translation>
    </message>
    <message>
        <source>EvoLink&apos;s safety filter refused this job: &quot;%1&quot;. Change the prompt or the images (for example no real faces or celebrities), then resubmit.</source>
        <translation>EvoLink 的安全过滤器拒绝了此任务：“%1”。请修改提示词或图片（例如不要使用真实人脸或名人），然后重新提交。</translation>
    </message>
    <message>
        <source>EvoLink states that failed tasks are not charged and the reserved credits are returned.</source>
        <translation>EvoLink 表示失败的任务不收费，预扣的积分会退回。</translation>
    </message>
    <message>
        <source>No task was created, so nothing was charged.</source>
        <translation>未创建任何任务，因此没有产生费用。</translation>
    </message>
</context>
<context>
    <name>CostEstimator</name>
    <message>
        <source>1 credit per element</source>
        <translation>每个主体 1 积分</translation>
    </message>
    <message>
        <source>%1 credits per element</source>
        <translation>每个主体 %1 积分</translation>
    </message>
    <message>
        <source>per call, refunded if it fails</source>
        <translation>按次计费，失败退还</translation>
    </message>
    <message>
        <source>input video %1 s, rounded up</source>
        <translation>输入视频 %1 秒，向上取整</translation>
    </message>
    <message>
        <source>input length unknown, %1 s assumed</source>
        <translation>输入时长未知，按 %1 秒计算</translation>
    </message>
    <message>
        <source>%1 credits/s × %2 s × %3</source>
        <translation>%1 积分/秒 × %2 秒 × %3</translation>
    </message>
    <message>
        <source>%1, sound on ×%2</source>
        <translation>%1，有声音 ×%2</translation>
    </message>
    <message>
        <source>%1, sound off ×%2</source>
        <translation>%1，无声音 ×%2</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>minimum charge %1 credits</source>
        <translation>最低收费 %1 积分</translation>
    </message>
    <message>
        <source>per EvoLink&apos;s published pricing rules (the product page shows no %1 price)</source>
        <translation>依据 EvoLink 公布的计价规则（产品页面未列出 %1 的价格）</translation>
    </message>
</context>
<context>
    <name>DataFolderMerge</name>
    <message>
        <source>The job history in %1 could not be read (%2). It was left as it is, and Kling Studio will try to bring its jobs into %3 at the next start.</source>
        <translation>无法读取 %1 中的任务历史记录（%2）。它保持原样未动，Kling Studio 会在下次启动时再尝试把其中的任务并入 %3。</translation>
    </message>
    <message>
        <source>The jobs of %1 could not be added to the job history in %2 (%3). Nothing was changed; Kling Studio will try again at the next start.</source>
        <translation>无法把 %1 中的任务加入 %2 中的任务历史记录（%3）。未做任何更改；Kling Studio 会在下次启动时重试。</translation>
    </message>
    <message>
        <source>The jobs of %1 could not all be added to the job history in %2 (%3). Those added so far stay; Kling Studio will add the rest at the next start.</source>
        <translation>%1 中的任务未能全部加入 %2 中的任务历史记录（%3）。已加入的任务会保留；Kling Studio 会在下次启动时加入其余任务。</translation>
    </message>
    <message>
        <source>Kling Studio now keeps the data of the app and the command-line tool in one folder, %1. From the old folder %2, jobs added to the history: %3; custom elements added: %4. Nothing was deleted: the old folder stays as it was.</source>
        <translation>Kling Studio 现在把应用和命令行工具的数据保存在同一个文件夹 %1 中。从旧文件夹 %2 加入历史记录的任务：%3 个；加入的自定义主体：%4 个。没有删除任何内容：旧文件夹保持原样。</translation>
    </message>
</context>
<context>
    <name>DemoClipCaption</name>
    <message>
        <source>Demo clip</source>
        <translation>演示片段</translation>
    </message>
    <message>
        <source>Demo clip, scaled to %1×%2</source>
        <translation>演示片段，已缩小为 %1×%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>demo note · prompt</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Kling Studio could not reach EvoLink. Check your internet connection; the request will be tried again.</source>
        <translation>Kling Studio 无法连接到 EvoLink。请检查网络连接；请求将自动重试。</translation>
    </message>
    <message>
        <source>EvoLink sent a reply Kling Studio could not understand. Try again in a few minutes; if it keeps happening, update Kling Studio.</source>
        <translation>EvoLink 返回了 Kling Studio 无法识别的响应。请几分钟后重试；如果问题持续出现，请更新 Kling Studio。</translation>
    </message>
    <message>
        <source>A file on this computer could not be read or written. Check that it still exists, that you may access it and that the disk has free space.</source>
        <translation>无法读取或写入本机上的文件。请确认文件仍然存在、你有访问权限，且磁盘有剩余空间。</translation>
    </message>
    <message>
        <source>EvoLink rejected the request because a setting is invalid. Check the details below, correct the setting, then submit again.</source>
        <translation>某项设置无效，EvoLink 拒绝了请求。请查看下方详情，修正设置后重新提交。</translation>
    </message>
    <message>
        <source>The task ID is malformed: EvoLink task IDs start with &quot;task-unified-&quot;. Check the ID and try again.</source>
        <translation>任务 ID 格式不正确：EvoLink 任务 ID 以“task-unified-”开头。请检查 ID 后重试。</translation>
    </message>
    <message>
        <source>EvoLink could not fetch one of the images or the video. Upload the file again or use a public HTTPS link, then resubmit.</source>
        <translation>EvoLink 无法获取其中一张图片或视频。请重新上传文件或使用公开的 HTTPS 链接，然后重新提交。</translation>
    </message>
    <message>
        <source>EvoLink rejected your API key: it is invalid or has expired. Enter a valid key in Settings.</source>
        <translation>EvoLink 拒绝了你的 API 密钥：密钥无效或已过期。请在设置中输入有效的密钥。</translation>
    </message>
    <message>
        <source>This API key has been disabled. Enable it in the EvoLink console or enter another key in Settings.</source>
        <translation>此 API 密钥已被停用。请在 EvoLink 控制台中启用，或在设置中输入其他密钥。</translation>
    </message>
    <message>
        <source>This API key has expired. Create a new key in the EvoLink console and enter it in Settings.</source>
        <translation>此 API 密钥已过期。请在 EvoLink 控制台中创建新密钥，并在设置中输入。</translation>
    </message>
    <message>
        <source>This API key may not be used from your current network (IP restriction). Allow this address in the EvoLink console or use another key.</source>
        <translation>此 API 密钥不允许在当前网络中使用（IP 限制）。请在 EvoLink 控制台中允许此地址，或使用其他密钥。</translation>
    </message>
    <message>
        <source>Your EvoLink account has been disabled. Contact EvoLink support.</source>
        <translation>你的 EvoLink 账户已被停用。请联系 EvoLink 客服。</translation>
    </message>
    <message>
        <source>Your EvoLink balance is too low for this job. Top up your credits, then resubmit.</source>
        <translation>你的 EvoLink 余额不足以完成此任务。请充值积分后重新提交。</translation>
    </message>
    <message>
        <source>This API key has used up its credit limit. Raise the key&apos;s limit in the EvoLink console or enter another key.</source>
        <translation>此 API 密钥的积分额度已用完。请在 EvoLink 控制台中提高该密钥的额度，或输入其他密钥。</translation>
    </message>
    <message>
        <source>This API key has reached its daily limit, which resets at midnight. Try again tomorrow or enter another key.</source>
        <translation>此 API 密钥已达到每日限额（午夜重置）。请明天再试，或输入其他密钥。</translation>
    </message>
    <message>
        <source>This task belongs to another account, so your API key cannot read it. Kling Studio has stopped tracking it.</source>
        <translation>此任务属于其他账户，你的 API 密钥无法读取。Kling Studio 已停止跟踪该任务。</translation>
    </message>
    <message>
        <source>EvoLink no longer knows this task (it is unknown or has expired). Kling Studio has stopped tracking it.</source>
        <translation>EvoLink 已找不到此任务（任务不存在或已过期）。Kling Studio 已停止跟踪该任务。</translation>
    </message>
    <message>
        <source>The EvoLink server could not find what was asked for (HTTP 404). Check the API address in Settings.</source>
        <translation>EvoLink 服务器找不到所请求的内容（HTTP 404）。请检查设置中的 API 地址。</translation>
    </message>
    <message>
        <source>The request to EvoLink took too long. Try again.</source>
        <translation>向 EvoLink 发送的请求超时。请重试。</translation>
    </message>
    <message>
        <source>EvoLink refused the request because it conflicts with another one. Check the history before you submit again.</source>
        <translation>该请求与另一请求冲突，EvoLink 拒绝了它。重新提交前请先查看历史记录。</translation>
    </message>
    <message>
        <source>EvoLink already has a submission with this ID. Check the history for the job instead of submitting it again, so you are not charged twice.</source>
        <translation>EvoLink 中已存在使用此 ID 的提交。请在历史记录中查看该任务，不要重复提交，以免被重复扣费。</translation>
    </message>
    <message>
        <source>The request is too large for EvoLink. Use smaller images or a shorter, smaller video, then submit again.</source>
        <translation>请求内容超出 EvoLink 的大小限制。请使用更小的图片，或更短、更小的视频，然后重新提交。</translation>
    </message>
    <message>
        <source>EvoLink does not accept this file type. Use JPEG or PNG images and MP4 or MOV video.</source>
        <translation>EvoLink 不接受此文件类型。请使用 JPEG 或 PNG 图片，以及 MP4 或 MOV 视频。</translation>
    </message>
    <message>
        <source>Too many requests to EvoLink right now. Kling Studio will try again in %1 s.</source>
        <translation>当前向 EvoLink 发送的请求过多。Kling Studio 将在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>Too many requests to EvoLink right now. Kling Studio will wait and try again automatically.</source>
        <translation>当前向 EvoLink 发送的请求过多。Kling Studio 将稍后自动重试。</translation>
    </message>
    <message>
        <source>EvoLink had an internal server error. Try again in a few minutes.</source>
        <translation>EvoLink 服务器内部出错。请几分钟后重试。</translation>
    </message>
    <message>
        <source>The Kling AI service behind EvoLink is not responding. Try again in a few minutes.</source>
        <translation>EvoLink 背后的 Kling AI 服务无响应。请几分钟后重试。</translation>
    </message>
    <message>
        <source>The Kling O3 service is temporarily unavailable. Try again in a few minutes.</source>
        <translation>Kling O3 服务暂时不可用。请几分钟后重试。</translation>
    </message>
    <message>
        <source>EvoLink did not answer in time. Check the history before you submit again, then try later.</source>
        <translation>EvoLink 未及时响应。重新提交前请先查看历史记录，稍后再试。</translation>
    </message>
    <message>
        <source>Kling rejected the job&apos;s parameters. Check the settings, then resubmit.</source>
        <translation>Kling 拒绝了此任务的参数。请检查设置后重新提交。</translation>
    </message>
    <message>
        <source>An input image could not be processed. Use another image, then resubmit.</source>
        <translation>无法处理某张输入图片。请换一张图片后重新提交。</translation>
    </message>
    <message>
        <source>An input image&apos;s size or aspect ratio does not fit the request. Resize or crop it, then resubmit.</source>
        <translation>某张输入图片的尺寸或画面比例不符合要求。请调整大小或裁剪后重新提交。</translation>
    </message>
    <message>
        <source>The task was cancelled (for example from the EvoLink dashboard). Resubmit it if you still want the video.</source>
        <translation>任务已被取消（例如在 EvoLink 控制台中取消）。如仍需要该视频，请重新提交。</translation>
    </message>
    <message>
        <source>The model produced no video for this prompt. Rephrase the prompt, then resubmit.</source>
        <translation>模型未能根据此提示词生成视频。请改写提示词后重新提交。</translation>
    </message>
    <message>
        <source>The generation service had an internal error. Resubmit in a few minutes; the failed task is not charged.</source>
        <translation>生成服务内部出错。请几分钟后重新提交；失败的任务不扣费。</translation>
    </message>
    <message>
        <source>Generation took too long and timed out. Resubmit later; the failed task is not charged.</source>
        <translation>生成耗时过长，已超时。请稍后重新提交；失败的任务不扣费。</translation>
    </message>
    <message>
        <source>The generation service is at capacity. Wait a minute, then resubmit.</source>
        <translation>生成服务已满载。请稍等一分钟后重新提交。</translation>
    </message>
    <message>
        <source>The job hit a rate or quota limit. Wait a while, then resubmit less often.</source>
        <translation>任务触发了频率或配额限制。请稍等片刻后重新提交，并降低提交频率。</translation>
    </message>
    <message>
        <source>The generation service was temporarily unavailable. Resubmit in a few minutes.</source>
        <translation>生成服务暂时不可用。请几分钟后重新提交。</translation>
    </message>
    <message>
        <source>The task ID is invalid or has expired, so the task can no longer be tracked.</source>
        <translation>任务 ID 无效或已过期，无法继续跟踪该任务。</translation>
    </message>
    <message>
        <source>The Kling O3 model was temporarily unavailable. Resubmit in a few minutes.</source>
        <translation>Kling O3 模型暂时不可用。请几分钟后重新提交。</translation>
    </message>
    <message>
        <source>The Kling AI service behind EvoLink failed while generating. Resubmit in a few minutes.</source>
        <translation>EvoLink 背后的 Kling AI 服务在生成时出错。请几分钟后重新提交。</translation>
    </message>
    <message>
        <source>The task failed for an unknown reason. Resubmit it; if it keeps failing, contact EvoLink support.</source>
        <translation>任务因未知原因失败。请重新提交；如果仍然失败，请联系 EvoLink 客服。</translation>
    </message>
    <message>
        <source>EvoLink refused the request (HTTP %1). Check the details below and your settings, then try again.</source>
        <translation>EvoLink 拒绝了请求（HTTP %1）。请查看下方详情并检查设置，然后重试。</translation>
    </message>
    <message>
        <source>EvoLink had a server error (HTTP %1). Try again in a few minutes.</source>
        <translation>EvoLink 服务器出错（HTTP %1）。请几分钟后重试。</translation>
    </message>
    <message>
        <source>Something went wrong while talking to EvoLink. Try again; if it keeps happening, check the details below.</source>
        <translation>与 EvoLink 通信时出错。请重试；如果问题持续出现，请查看下方详情。</translation>
    </message>
    <message>
        <source>EvoLink&apos;s file service did not accept the video. EvoLink documents uploads for images only (JPEG, PNG, GIF, WebP), so a local video may be refused. Put the video online at a public https:// link that downloads the file directly, and use that link instead of the local file.</source>
        <translation>EvoLink 的文件服务未接受该视频。EvoLink 文档中仅说明支持上传图片（JPEG、PNG、GIF、WebP），因此本地视频可能会被拒绝。请将视频放到可直接下载该文件的公开 https:// 链接上，并使用该链接代替本地文件。</translation>
    </message>
    <message>
        <source>The video&apos;s download link has expired (EvoLink keeps result links for 24 hours), so this video can no longer be downloaded. Resubmit the job to make it again.</source>
        <translation>该视频的下载链接已过期（EvoLink 仅保留结果链接 24 小时），因此无法再下载此视频。请重新提交任务以再次生成。</translation>
    </message>
    <message>
        <source>The connection failed and Kling Studio has stopped trying. Check your internet connection, then try again.</source>
        <translation>连接失败，Kling Studio 已停止重试。请检查网络连接，然后再试一次。</translation>
    </message>
    <message>
        <source>EvoLink kept answering &quot;too many requests&quot;, so Kling Studio has stopped trying; this request was not charged. Wait a few minutes, then generate again.</source>
        <translation>EvoLink 一直回复“请求过多”，Kling Studio 已停止重试；此请求未扣费。请等几分钟后重新生成。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>The answer to this request was lost, and Kling Studio cannot prove which of the tasks EvoLink lists is this job&apos;s, so nothing was sent again. The details name the tasks found.</source>
        <translation>此请求的回复已丢失，Kling Studio 无法确认 EvoLink 列出的哪个服务器端任务属于此任务，因此没有重新发送任何请求。详情中列出了找到的任务。</translation>
    </message>
    <message>
        <source>The job history could not be written, so Kling Studio stopped this job to lose nothing unseen. The details say what is known and what to do.</source>
        <translation>无法写入任务日志，Kling Studio 已停止此任务，以免有任何内容在不知不觉中丢失。详情中说明了已知情况和下一步操作。</translation>
    </message>
    <message>
        <source>The finished video could not be downloaded from %1, the server that hosts EvoLink&apos;s results. Kling Studio has stopped trying; the video link is kept, so you can download it again later (it stays valid for 24 hours after the video was ready).</source>
        <translation>无法从 %1（存放 EvoLink 生成结果的服务器）下载已完成的视频。Kling Studio 已停止重试；视频链接已保留，您可以稍后重新下载（链接在视频生成后 24 小时内有效）。</translation>
    </message>
    <message>
        <source>the result server</source>
        <translation>结果服务器</translation>
    </message>
    <message>
        <source>What %1 sent instead of the finished video is not the video, so it was not saved as one. The video link is kept: download it again later (it stays valid for 24 hours after the video was ready).</source>
        <translation>%1 发来的内容不是生成的视频，因此没有作为视频保存。视频链接已保留：请稍后重新下载（链接在视频生成后 24 小时内有效）。</translation>
    </message>
    <message>
        <source>%1 sent far more data than the video can be, so the download was stopped before it could fill the disk. The video link is kept: download it again later (it stays valid for 24 hours after the video was ready).</source>
        <translation>%1 发送的数据远超视频可能的大小，为免占满磁盘，下载已停止。视频链接已保留：请稍后重新下载（链接在视频生成后 24 小时内有效）。</translation>
    </message>
    <message>
        <source>The result server</source>
        <translation>结果服务器</translation>
    </message>
    <message>
        <source>The disk is full. Free some disk space or choose a folder on another disk, then download the video again; the video link is kept.</source>
        <translation>磁盘已满。请释放一些磁盘空间，或选择另一块磁盘上的文件夹，然后重新下载视频；视频链接已保留。</translation>
    </message>
    <message>
        <source>This key has no access to this model; enable the model for the key in the EvoLink console, then try again. Nothing was charged: no task was created.</source>
        <translation>此密钥无权使用该模型；请在 EvoLink 控制台中为此密钥启用该模型，然后重试。未扣除任何积分：没有创建任务。</translation>
    </message>
    <message>
        <source>This key has no access to %1; enable the model for the key in the EvoLink console, then try again. Nothing was charged: no task was created.</source>
        <translation>此密钥无权使用 %1；请在 EvoLink 控制台中为此密钥启用该模型，然后重试。未扣除任何积分：没有创建任务。</translation>
    </message>
    <message>
        <source>EvoLink is running as many tasks as your account allows; this job waits and starts when one finishes. Nothing was charged for the attempt.</source>
        <translation>EvoLink 正在运行您的账户允许的最多任务数；此任务将排队等待，待其中一个完成后自动开始。此次尝试未扣费。</translation>
    </message>
    <message>
        <source>EvoLink&apos;s file storage has no room for this job&apos;s files, so the job stopped before anything was uploaded or paid. Uploaded files expire after 72 hours, which frees room; the details say how many files are left.</source>
        <translation>EvoLink 文件存储空间已放不下此任务的文件，因此任务在上传或付费之前就已停止。上传的文件会在 72 小时后过期，届时会腾出空间；详情中写明了还剩多少个文件。</translation>
    </message>
</context>
<context>
    <name>FileQuotaGate</name>
    <message>
        <source>Your EvoLink file storage has %1 of %2 files left, and this job needs to upload %3. Nothing was uploaded, sent or paid. Uploaded files expire after 72 hours, which frees room: generate again then, or use https links to images instead of local files.</source>
        <translation>你的 EvoLink 文件存储还可存 %1 个文件（共 %2 个），而此任务需要上传 %3 个。没有上传、发送任何内容，也没有付费。上传的文件会在 72 小时后过期并腾出空间：届时请重新生成，或改用图片的 https 链接代替本地文件。</translation>
    </message>
</context>
<context>
    <name>FourKPriceQuestion</name>
    <message>
        <source>4k costs %1× 720p: %2 credits for %3 s</source>
        <translation>4k 的价格是 720p 的 %1 倍：%3 秒需 %2 积分</translation>
    </message>
    <message>
        <source>Generate in 4k?</source>
        <translation>以 4k 画质生成？</translation>
    </message>
    <message>
        <source>The 4k price follows EvoLink&apos;s published pricing rules; its product page shows no 4k price yet. Yes sends the job and 4k is not asked about again until Kling Studio restarts; No sends nothing, and you can choose 720p or 1080p.</source>
        <translation>4k 价格依据 EvoLink 公布的计价规则；其产品页面尚未列出 4k 价格。选择“是”将发送此任务，在 Kling Studio 重新启动前不会再就 4k 询问；选择“否”则不发送任何内容，您可以改选 720p 或 1080p。</translation>
    </message>
    <message numerus="yes">
        <source>%n takes: %1 credits in all</source>
        <translation>
            <numerusform>共 %n 条：%1 积分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>New video</source>
        <translation>新建视频</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>What the video starts from</source>
        <translation>视频的生成起点</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No generations yet.
Write a prompt and press Generate: your jobs appear here.</source>
        <translation>暂无生成记录。
输入提示词并点击“生成”，任务将显示在这里。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play the video in the player</source>
        <translation>在播放器中播放视频</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation>保存视频副本</translation>
    </message>
    <message>
        <source>Reveal in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show the video in its folder</source>
        <translation>在所在文件夹中显示视频</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Copy the result link (valid for 24 hours after completion)</source>
        <translation>复制结果链接（完成后 24 小时内有效）</translation>
    </message>
    <message>
        <source>Reuse Settings</source>
        <translation>复用设置</translation>
    </message>
    <message>
        <source>Load this job&apos;s prompt and settings into the form</source>
        <translation>将此任务的提示词和设置载入表单</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Run the same request again as a new, separately billed job</source>
        <translation>以相同请求新建任务再次运行（单独计费）</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>重新查询</translation>
    </message>
    <message>
        <source>Ask the server again about this job</source>
        <translation>再次向服务器查询此任务的状态</translation>
    </message>
    <message>
        <source>Stop Tracking</source>
        <translation>停止跟踪</translation>
    </message>
    <message>
        <source>Stop following this job (the server keeps running and billing it)</source>
        <translation>不再跟踪此任务（服务器仍会继续运行并计费）</translation>
    </message>
    <message>
        <source>Remove from History</source>
        <translation>从历史记录中移除</translation>
    </message>
    <message>
        <source>Remove the row; the video file stays on disk</source>
        <translation>移除此条记录；视频文件仍保留在磁盘上</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Make this take again at a higher quality, as a new, separately billed job</source>
        <translation>以更高画质重新生成此条，作为单独计费的新任务</translation>
    </message>
</context>
<context>
    <name>ImageProbe</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, WEBP or GIF image or an MP4 or MOV video.</source>
        <translation>%1 不是 JPEG、PNG、WEBP 或 GIF 图片，也不是 MP4 或 MOV 视频。</translation>
    </message>
</context>
<context>
    <name>InputFileCheck</name>
    <message>
        <source>this system has no %1 decoder installed</source>
        <translation>本系统未安装 %1 解码器</translation>
    </message>
    <message>
        <source>its pixels (%1 × %2) do not match its header</source>
        <translation>其像素（%1 × %2）与文件头不符</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>The video file is missing:
%1
It may have been moved or deleted.</source>
        <translation>找不到视频文件：
%1
它可能已被移动或删除。</translation>
    </message>
    <message>
        <source>Save Video As</source>
        <translation>视频另存为</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Could not write %1.
Check that the folder exists and that you may write to it.</source>
        <translation>无法写入 %1。
请检查该文件夹是否存在，以及你是否有写入权限。</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The video is already at %1; nothing was copied.</source>
        <translation>视频已经在 %1，未复制任何内容。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist any more. It may have been moved or deleted.</source>
        <translation>文件夹 %1 已不存在，可能已被移动或删除。</translation>
    </message>
    <message>
        <source>Opened %1 in the file manager.</source>
        <translation>已在文件管理器中打开 %1。</translation>
    </message>
    <message>
        <source>Could not open the folder: no file manager found (xdg-open). Its path is copied to the clipboard, to paste into a file manager: %1</source>
        <translation>无法打开文件夹：未找到文件管理器（xdg-open）。路径已复制到剪贴板，可粘贴到文件管理器中：%1</translation>
    </message>
    <message>
        <source>Copied the link to the clipboard. It works for 24 hours after the video was made.</source>
        <translation>链接已复制到剪贴板。视频生成后 24 小时内有效。</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Still running on the server</source>
        <translation>仍在服务器上运行</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>链接已过期</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止跟踪</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kling Studio</source>
        <translation>Kling Studio</translation>
    </message>
    <message>
        <source>Set API key…</source>
        <translation>设置 API 密钥…</translation>
    </message>
    <message>
        <source>Finished videos play here.
Select a done job in the history to watch it.</source>
        <translation>生成完成的视频在此播放。
在历史记录中选择已完成的任务即可观看。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Download Folder</source>
        <translation>打开下载文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Kling Studio</source>
        <translation>关于 Kling Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Elements…</source>
        <translation>主体(&amp;E)…</translation>
    </message>
    <message>
        <source>Your custom elements: see, copy, delete or create one</source>
        <translation>你的自定义主体：查看、复制、删除或新建</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>&amp;Check Installation…</source>
        <translation>检查安装(&amp;C)…</translation>
    </message>
    <message>
        <source>Make a short demo video in a temporary folder and play its first frame, to find what is missing when videos stay black</source>
        <translation>在临时文件夹中生成一段简短的演示视频并播放其第一帧，用于在视频一直黑屏时找出缺少的组件</translation>
    </message>
    <message>
        <source>— no API key set. Jobs run against the built-in simulator and spend demo credits only.</source>
        <translation>— 未设置 API 密钥。任务将在内置模拟器中运行，只消耗演示积分。</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Follow the language of the system</source>
        <translation>使用系统的语言</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>价格表(&amp;P)</translation>
    </message>
    <message>
        <source>What each mode, quality and sound choice costs per second, in credits and US dollars</source>
        <translation>每种模式、画质和声音选项每秒的费用，以积分和美元计</translation>
    </message>
</context>
<context>
    <name>MediaAcceptance</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not an MP4 or MOV video: its content is %2.</source>
        <translation>“%1”不是 MP4 或 MOV 视频：其内容为%2。</translation>
    </message>
    <message>
        <source>not a format the service accepts</source>
        <translation>服务不支持的格式</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a JPG or PNG image: its content is not an image format the service accepts.</source>
        <translation>“%1”不是 JPG 或 PNG 图片：其内容不是服务支持的图片格式。</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read.</source>
        <translation>“%1”不是可读取的文件。</translation>
    </message>
    <message>
        <source>Only https links can be used; “%1” is http.</source>
        <translation>仅支持 https 链接；“%1”是 http 链接。</translation>
    </message>
    <message>
        <source>“%1” is not an https link to a video.</source>
        <translation>“%1”不是视频的 https 链接。</translation>
    </message>
    <message>
        <source>“%1” is not an https link to an image.</source>
        <translation>“%1”不是图片的 https 链接。</translation>
    </message>
    <message>
        <source>MP4 or MOV</source>
        <translation>MP4 或 MOV</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <source>at least 3 s</source>
        <translation>至少 3 秒</translation>
    </message>
    <message>
        <source>720–2160 px per side</source>
        <translation>每边 720–2160 px</translation>
    </message>
    <message>
        <source>24–60 fps</source>
        <translation>24–60 fps</translation>
    </message>
    <message>
        <source>JPG, PNG or WEBP</source>
        <translation>JPG、PNG 或 WEBP</translation>
    </message>
    <message>
        <source>JPG or PNG</source>
        <translation>JPG 或 PNG</translation>
    </message>
    <message>
        <source>at least %1 px per side</source>
        <translation>每边至少 %1 px</translation>
    </message>
    <message>
        <source>ratio 1:2.5 to 2.5:1</source>
        <translation>比例 1:2.5 至 2.5:1</translation>
    </message>
</context>
<context>
    <name>ModeAvailability</name>
    <message>
        <source>This key has no access to %1: enable the model in the EvoLink console, then choose this mode again.</source>
        <translation>此密钥无权使用 %1：请在 EvoLink 控制台中启用该模型，然后重新选择此模式。</translation>
    </message>
    <message>
        <source>%1 (no access)</source>
        <translation>%1（无权使用）</translation>
    </message>
</context>
<context>
    <name>ModeInfo</name>
    <message>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <source>Reference to video</source>
        <translation>参考视频生成</translation>
    </message>
    <message>
        <source>Video edit</source>
        <translation>视频编辑</translation>
    </message>
    <message>
        <source>Custom element</source>
        <translation>自定义主体</translation>
    </message>
</context>
<context>
    <name>ModerationCategoryText</name>
    <message>
        <source>harassment</source>
        <translation>骚扰</translation>
    </message>
    <message>
        <source>threatening harassment</source>
        <translation>威胁性骚扰</translation>
    </message>
    <message>
        <source>hate</source>
        <translation>仇恨</translation>
    </message>
    <message>
        <source>threatening hate</source>
        <translation>威胁性仇恨</translation>
    </message>
    <message>
        <source>illegal activity</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>violent illegal activity</source>
        <translation>暴力违法行为</translation>
    </message>
    <message>
        <source>self-harm</source>
        <translation>自残</translation>
    </message>
    <message>
        <source>intent of self-harm</source>
        <translation>自残意图</translation>
    </message>
    <message>
        <source>instructions for self-harm</source>
        <translation>自残方法指导</translation>
    </message>
    <message>
        <source>sexual content</source>
        <translation>色情内容</translation>
    </message>
    <message>
        <source>sexual content involving minors</source>
        <translation>涉及未成年人的色情内容</translation>
    </message>
    <message>
        <source>violence</source>
        <translation>暴力</translation>
    </message>
    <message>
        <source>graphic violence</source>
        <translation>血腥暴力</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>Exactly %1 credits</source>
        <translation>精确值：%1 积分</translation>
    </message>
</context>
<context>
    <name>Mp4Inspector</name>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>too many boxes</source>
        <translation>盒的数量过多</translation>
    </message>
    <message>
        <source>the file ends inside a box header</source>
        <translation>文件在盒头中间结束</translation>
    </message>
    <message>
        <source>it looks like a web page, not an MP4 file</source>
        <translation>看起来是网页，而不是 MP4 文件</translation>
    </message>
    <message>
        <source>it does not start like an MP4 file</source>
        <translation>文件开头不像 MP4 文件</translation>
    </message>
    <message>
        <source>the file type box is damaged</source>
        <translation>文件类型盒（ftyp）已损坏</translation>
    </message>
    <message>
        <source>the file is cut off (a box runs past its end)</source>
        <translation>文件不完整（有盒超出了文件末尾）</translation>
    </message>
    <message>
        <source>the movie header is implausibly large</source>
        <translation>影片头大得不合常理</translation>
    </message>
    <message>
        <source>no movie header (moov box)</source>
        <translation>缺少影片头（moov 盒）</translation>
    </message>
    <message>
        <source>the movie header is damaged</source>
        <translation>影片头已损坏</translation>
    </message>
    <message>
        <source>no movie header (mvhd box)</source>
        <translation>缺少影片头（mvhd 盒）</translation>
    </message>
    <message>
        <source>it has no video track</source>
        <translation>没有视频轨道</translation>
    </message>
    <message>
        <source>it holds no media data</source>
        <translation>不含媒体数据</translation>
    </message>
    <message>
        <source>it has no duration</source>
        <translation>没有时长信息</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Play (Space)</source>
        <translation>播放 (Space)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>播放进度</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation>保存视频副本</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show the video in its folder</source>
        <translation>在所在文件夹中显示视频</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Copy the result link (valid for 24 hours after completion)</source>
        <translation>复制结果链接（完成后 24 小时内有效）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>EvoLink account</source>
        <translation>EvoLink 账户</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Paste a new key to replace the current one</source>
        <translation>粘贴新密钥以替换当前密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the key you are typing</source>
        <translation>显示或隐藏正在输入的密钥</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API 基础地址(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Files base URL:</source>
        <translation>文件 API 基础地址(&amp;F)：</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>下载文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Credits per USD:</source>
        <translation>每美元积分数(&amp;C)：</translation>
    </message>
    <message>
        <source>Used only to show an approximate dollar amount next to credits</source>
        <translation>仅用于在积分旁显示大致的美元金额</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Max running jobs per model:</source>
        <translation>每个模型最多同时运行的任务数(&amp;M)：</translation>
    </message>
    <message>
        <source>Jobs of one model beyond this number wait in the queue; EvoLink limits tasks per model too</source>
        <translation>同一模型超出此数量的任务将排队等待；EvoLink 也按模型限制同时运行的任务数</translation>
    </message>
    <message>
        <source>Tell me when a job ends while the window is in the background</source>
        <translation>窗口在后台时，任务结束后通知我</translation>
    </message>
    <message>
        <source>A desktop notification when a video is ready, a job fails or its download link expires, with the start of its prompt.</source>
        <translation>视频生成完成、任务失败或下载链接过期时发出桌面通知，并附上提示词的开头。</translation>
    </message>
    <message>
        <source>Play the system sound with it</source>
        <translation>同时播放系统提示音</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>The price table is not a JSON object.</source>
        <translation>价格表不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The price table lists no models.</source>
        <translation>价格表中未列出任何模型。</translation>
    </message>
    <message>
        <source>The price of %1 has no valid base_rate_uc.</source>
        <translation>%1 的价格缺少有效的 base_rate_uc。</translation>
    </message>
    <message>
        <source>The price of %1 has an unknown unit &quot;%2&quot;.</source>
        <translation>%1 的价格使用了未知单位“%2”。</translation>
    </message>
    <message>
        <source>The price of %1 has an invalid minimum_charge_uc.</source>
        <translation>%1 的价格中 minimum_charge_uc 无效。</translation>
    </message>
    <message>
        <source>The price of %1 has an invalid multiplier for %2.</source>
        <translation>%1 的价格中 %2 的倍率无效。</translation>
    </message>
    <message>
        <source>The price of %1 has no multipliers.</source>
        <translation>%1 的价格缺少倍率。</translation>
    </message>
    <message>
        <source>The price table lists none of the Kling O3 models.</source>
        <translation>价格表中未列出任何 Kling O3 模型。</translation>
    </message>
    <message>
        <source>The price of %1 has an invalid rules_only_qualities.</source>
        <translation>%1 的价格中 rules_only_qualities 无效。</translation>
    </message>
</context>
<context>
    <name>PromptReferences</name>
    <message>
        <source>%1 mentions %2, but references are numbered from 1.</source>
        <translation>%1中引用了 %2，但引用编号从 1 开始。</translation>
    </message>
    <message>
        <source>%1 mentions %2, but no element is attached.</source>
        <translation>%1中引用了 %2，但未添加任何主体。</translation>
    </message>
    <message numerus="yes">
        <source>%1 mentions %2, but only %n element(s) are attached.</source>
        <translation>
            <numerusform>%1中引用了 %2，但只添加了 %n 个主体。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mentions %2, but %3 takes no reference images.</source>
        <translation>%1中引用了 %2，但%3不支持参考图。</translation>
    </message>
    <message>
        <source>%1 mentions %2, but no reference image is attached.</source>
        <translation>%1中引用了 %2，但未添加任何参考图。</translation>
    </message>
    <message numerus="yes">
        <source>%1 mentions %2, but only %n reference image(s) are attached.</source>
        <translation>
            <numerusform>%1中引用了 %2，但只添加了 %n 张参考图。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mentions %2, but %3 takes no video.</source>
        <translation>%1中引用了 %2，但%3不支持视频。</translation>
    </message>
    <message>
        <source>%1 mentions %2, but a request has only one video (&lt;&lt;&lt;video_1&gt;&gt;&gt;).</source>
        <translation>%1中引用了 %2，但一个请求只能包含一个视频（&lt;&lt;&lt;video_1&gt;&gt;&gt;）。</translation>
    </message>
    <message>
        <source>%1 mentions %2, but no video is set.</source>
        <translation>%1中引用了 %2，但未设置视频。</translation>
    </message>
    <message>
        <source>Shot %1</source>
        <translation>镜头 %1</translation>
    </message>
    <message>
        <source>The prompt</source>
        <translation>提示词</translation>
    </message>
</context>
<context>
    <name>QueueReason</name>
    <message>
        <source>Waiting: EvoLink is running as many tasks as your account allows</source>
        <translation>等待中：EvoLink 正在运行您的账户允许的最多任务数</translation>
    </message>
    <message>
        <source>Waiting: EvoLink asked for fewer requests; trying again shortly</source>
        <translation>等待中：EvoLink 要求降低请求频率，稍后将自动重试</translation>
    </message>
    <message>
        <source>Waiting: 1 %1 job is running</source>
        <translation>等待中：已有 1 个 %1 任务在运行</translation>
    </message>
    <message>
        <source>Waiting: %1 %2 jobs are running</source>
        <translation>等待中：已有 %1 个 %2 任务在运行</translation>
    </message>
    <message>
        <source>waiting: account limit</source>
        <translation>等待中：账户上限</translation>
    </message>
    <message>
        <source>waiting: too many requests</source>
        <translation>等待中：请求过多</translation>
    </message>
    <message>
        <source>waiting: %1 running</source>
        <translation>等待中：%1 个运行中</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, device or socket)</source>
        <translation>它不是普通文件（而是管道、设备或套接字）</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>JPEG, PNG or WEBP</source>
        <translation>JPEG、PNG 或 WEBP</translation>
    </message>
    <message>
        <source>JPEG or PNG</source>
        <translation>JPEG 或 PNG</translation>
    </message>
    <message>
        <source>%1 is not a readable image; use a %2 file.</source>
        <translation>%1无法作为图片读取；请使用 %2 文件。</translation>
    </message>
    <message>
        <source>%1 is a %2 file; only %3 images are accepted.</source>
        <translation>%1是 %2 文件；仅支持 %3 图片。</translation>
    </message>
    <message>
        <source>The size of %1 could not be read; the file may be damaged.</source>
        <translation>无法读取%1的尺寸；文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 px; both sides must be at least %4 px.</source>
        <translation>%1为 %2 × %3 px；宽和高均须至少为 %4 px。</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 px; the aspect ratio must be between 1:2.5 and 2.5:1.</source>
        <translation>%1为 %2 × %3 px；画面比例须在 1:2.5 到 2.5:1 之间。</translation>
    </message>
    <message>
        <source>%1 is not a readable video; use an MP4 or MOV file.</source>
        <translation>%1无法作为视频读取；请使用 MP4 或 MOV 文件。</translation>
    </message>
    <message>
        <source>%1 is a %2 file; only MP4 and MOV videos are accepted.</source>
        <translation>%1是 %2 文件；仅支持 MP4 和 MOV 视频。</translation>
    </message>
    <message>
        <source>%1 lasts %2 s; it must last at least 3 s.</source>
        <translation>%1时长为 %2 秒；至少须为 3 秒。</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 px; both sides must be between %4 and %5 px.</source>
        <translation>%1为 %2 × %3 px；宽和高均须在 %4 到 %5 px 之间。</translation>
    </message>
    <message>
        <source>%1 has %2 frames per second; it must have 24 to 60.</source>
        <translation>%1的帧率为每秒 %2 帧；须为 24 到 60 帧。</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>The video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>The callback URL is %1 characters long; the limit is %2.</source>
        <translation>回调地址长度为 %1 个字符；上限为 %2 个。</translation>
    </message>
    <message>
        <source>The callback URL &quot;%1&quot; is not a valid web address.</source>
        <translation>回调地址“%1”不是有效的网址。</translation>
    </message>
    <message>
        <source>The callback URL must start with https:// (it starts with %1://).</source>
        <translation>回调地址必须以 https:// 开头（当前以 %1:// 开头）。</translation>
    </message>
    <message>
        <source>The callback URL points to %1, a local or private address EvoLink cannot reach; use a public HTTPS address.</source>
        <translation>回调地址指向 %1，这是 EvoLink 无法访问的本地或私有地址；请使用公开的 HTTPS 地址。</translation>
    </message>
    <message>
        <source>%1 must be a local file or an https:// link; &quot;%2&quot; is neither.</source>
        <translation>%1必须是本地文件或 https:// 链接；“%2”两者都不是。</translation>
    </message>
    <message>
        <source>Element %1 has no element ID.</source>
        <translation>主体 %1 缺少主体 ID。</translation>
    </message>
    <message>
        <source>Enter a name for the element (at most %1 characters).</source>
        <translation>请输入主体名称（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The element name is %1 characters long; the limit is %2.</source>
        <translation>主体名称长度为 %1 个字符；上限为 %2 个。</translation>
    </message>
    <message>
        <source>Enter a description of the element (at most %1 characters).</source>
        <translation>请输入主体描述（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The element description is %1 characters long; the limit is %2.</source>
        <translation>主体描述长度为 %1 个字符；上限为 %2 个。</translation>
    </message>
    <message>
        <source>The element video</source>
        <translation>主体视频</translation>
    </message>
    <message>
        <source>Add a frontal image and 1 to 3 images from other angles, or a video of the subject.</source>
        <translation>请添加一张正面图和 1 到 3 张其他角度的图片，或添加一段主体视频。</translation>
    </message>
    <message>
        <source>There are %1 images from other angles; add 1 to %2.</source>
        <translation>当前有 %1 张其他角度的图片；请添加 1 到 %2 张。</translation>
    </message>
    <message>
        <source>The frontal image</source>
        <translation>正面图</translation>
    </message>
    <message>
        <source>Angle image %1 is empty.</source>
        <translation>角度图 %1 为空。</translation>
    </message>
    <message>
        <source>Angle image %1</source>
        <translation>角度图 %1</translation>
    </message>
    <message>
        <source>Write a prompt that describes the video.</source>
        <translation>请编写描述视频内容的提示词。</translation>
    </message>
    <message>
        <source>The prompt is %1 characters long; the limit is %2.</source>
        <translation>提示词长度为 %1 个字符；上限为 %2 个。</translation>
    </message>
    <message>
        <source>The prompt contains an invisible control character at position %1; remove it.</source>
        <translation>提示词第 %1 个位置含有不可见的控制字符；请将其删除。</translation>
    </message>
    <message>
        <source>The duration is %1 s; %2 allows %3 to %4 s.</source>
        <translation>时长为 %1 秒；%2支持 %3 到 %4 秒。</translation>
    </message>
    <message>
        <source>%1 quality is not available for %2; choose %3.</source>
        <translation>%2不支持 %1 画质；请选择 %3。</translation>
    </message>
    <message>
        <source>Multi-shot is not available for %1.</source>
        <translation>%1不支持多镜头。</translation>
    </message>
    <message>
        <source>Multi-shot needs 1 to %1 shots; there are %2.</source>
        <translation>多镜头需要 1 到 %1 个镜头；当前有 %2 个。</translation>
    </message>
    <message>
        <source>Shot %1 has no prompt.</source>
        <translation>镜头 %1 缺少提示词。</translation>
    </message>
    <message>
        <source>The prompt of shot %1 is %2 characters long; the limit is %3.</source>
        <translation>镜头 %1 的提示词长度为 %2 个字符；上限为 %3 个。</translation>
    </message>
    <message>
        <source>The prompt of shot %1 contains an invisible control character at position %2; remove it.</source>
        <translation>镜头 %1 的提示词第 %2 个位置含有不可见的控制字符；请将其删除。</translation>
    </message>
    <message>
        <source>Shot %1 lasts %2 s; each shot must last at least 1 s.</source>
        <translation>镜头 %1 时长为 %2 秒；每个镜头至少须为 1 秒。</translation>
    </message>
    <message>
        <source>The shots add up to %1 s but the video is %2 s long; both must be equal.</source>
        <translation>各镜头合计 %1 秒，但视频时长为 %2 秒；两者必须相等。</translation>
    </message>
    <message>
        <source>%1 elements are attached; %2 allows at most %3.</source>
        <translation>已添加 %1 个主体；%2最多支持 %3 个。</translation>
    </message>
    <message>
        <source>The end frame needs a start frame; add a start frame or remove the end frame.</source>
        <translation>使用尾帧需要同时提供首帧；请添加首帧或移除尾帧。</translation>
    </message>
    <message>
        <source>Image to video needs at least one image: a start frame or reference images.</source>
        <translation>图生视频至少需要一张图片：首帧或参考图。</translation>
    </message>
    <message>
        <source>An end frame is not allowed with %1 images in total (at most %2: the start and the end frame); remove the reference images or the end frame.</source>
        <translation>图片总数为 %1 张时不能使用尾帧（最多 %2 张：首帧和尾帧）；请移除参考图或尾帧。</translation>
    </message>
    <message>
        <source>%1 elements are attached; with a start frame at most %2 are allowed.</source>
        <translation>已添加 %1 个主体；使用首帧时最多允许 %2 个。</translation>
    </message>
    <message>
        <source>%1 images and %2 elements make %3 inputs; %4 allows at most %5.</source>
        <translation>%1 张图片和 %2 个主体共 %3 个输入；%4最多支持 %5 个。</translation>
    </message>
    <message>
        <source>The start frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>The end frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>Reference image %1</source>
        <translation>参考图 %1</translation>
    </message>
    <message>
        <source>The video to edit</source>
        <translation>待编辑视频</translation>
    </message>
    <message>
        <source>The reference video</source>
        <translation>参考视频</translation>
    </message>
    <message>
        <source>Add the video to edit (MP4 or MOV).</source>
        <translation>请添加待编辑的视频（MP4 或 MOV）。</translation>
    </message>
    <message>
        <source>Add the reference video (MP4 or MOV).</source>
        <translation>请添加参考视频（MP4 或 MOV）。</translation>
    </message>
    <message>
        <source>Element %1 was created from a video; such elements cannot be combined with a video input.</source>
        <translation>主体 %1 由视频创建；此类主体不能与视频输入一起使用。</translation>
    </message>
    <message>
        <source>%1 has no video track (it holds sound only); use a file with video.</source>
        <translation>%1没有视频轨道（只有声音），请使用包含画面的文件。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: its picture could not be decoded to the end. Save or export it again.</source>
        <translation>%1 已损坏或不完整：其画面无法完整解码。请重新保存或导出。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: its picture could not be decoded (%2). Save or export it again.</source>
        <translation>%1 已损坏或不完整：其画面无法解码（%2）。请重新保存或导出。</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 px (%4 megapixels); images over %5 megapixels are refused. Scale it down first.</source>
        <translation>%1 为 %2 × %3 像素（%4 百万像素）；超过 %5 百万像素的图片不予接受。请先缩小图片。</translation>
    </message>
    <message>
        <source>%1 has no movie header (moov box), so its length, size and frame rate cannot be known: the file is incomplete or damaged. Export or download it again.</source>
        <translation>%1 没有影片头（moov 盒），无法得知其时长、尺寸和帧率：文件不完整或已损坏。请重新导出或下载。</translation>
    </message>
    <message>
        <source>%1 is cut short: the file ends before its video data does. Export or download it again.</source>
        <translation>%1 不完整：文件在视频数据结束之前就已截断。请重新导出或下载。</translation>
    </message>
    <message>
        <source>The length, picture size or frame rate of %1 could not be read; the file may be damaged. Export it again as MP4 (H.264).</source>
        <translation>无法读取%1的时长、画面尺寸或帧率；文件可能已损坏。请重新导出为 MP4（H.264）。</translation>
    </message>
    <message>
        <source>%1 is %2; the limit is %3.</source>
        <translation>%1大小为 %2；上限为 %3。</translation>
    </message>
    <message>
        <source>Add a frontal image of the subject: EvoLink needs it as well as the 1 to %1 reference images from other angles.</source>
        <translation>请添加一张主体的正面图：EvoLink 要求同时提供正面图和 1 到 %1 张其他角度的参考图。</translation>
    </message>
    <message>
        <source>Add 1 to %1 reference images of the subject from other angles: EvoLink needs them as well as the frontal image.</source>
        <translation>请添加 1 到 %1 张主体其他角度的参考图：EvoLink 要求同时提供这些参考图和正面图。</translation>
    </message>
    <message>
        <source>%1 lasts %2 s; a video for an element must last at most %3 s. Trim it to one short shot of the subject.</source>
        <translation>%1时长 %2 秒；用于创建主体的视频最长 %3 秒。请剪成主体的一个短镜头。</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 px; a video for an element must be %4 to %5 px wide.</source>
        <translation>%1为 %2 × %3 像素；用于创建主体的视频宽度须为 %4 至 %5 像素。</translation>
    </message>
    <message>
        <source>The video to edit lasts %1 s; video edit takes videos of %2 to %3 s. Trim it to at most %3 s and add it again.</source>
        <translation>待编辑视频时长为 %1 秒；视频编辑只接受 %2 到 %3 秒的视频。请将其剪短到最多 %3 秒后重新添加。</translation>
    </message>
    <message>
        <source>A voice ID can only be given to an element made from a video; remove the voice ID or make the element from a video.</source>
        <translation>只有由视频创建的主体才能设置音色 ID；请删除音色 ID，或改为由视频创建主体。</translation>
    </message>
    <message>
        <source>The voice ID &quot;%1&quot; contains spaces; enter the ID alone (for example 829824295735410756).</source>
        <translation>音色 ID“%1”中含有空格；请只填写 ID 本身（例如 829824295735410756）。</translation>
    </message>
    <message>
        <source>%1 is in %2 format, which EvoLink does not accept. Save or export it as %3 and use that file.</source>
        <translation>%1是 %2 格式，EvoLink 不接受该格式。请将其另存或导出为 %3，并改用该文件。</translation>
    </message>
</context>
<context>
    <name>ReservedCredits</name>
    <message>
        <source>EvoLink reserved %1 (unit unclear)</source>
        <translation>EvoLink 预扣了 %1（单位不明）</translation>
    </message>
    <message>
        <source>EvoLink reserved %1 (unit unclear: expected about %2 credits)</source>
        <translation>EvoLink 预扣了 %1（单位不明：预计约 %2 积分）</translation>
    </message>
</context>
<context>
    <name>ResultCheck</name>
    <message>
        <source>it lasts %1 s, the job asked for %2 s</source>
        <translation>时长为 %1 秒，而任务要求 %2 秒</translation>
    </message>
</context>
<context>
    <name>TaskParser</name>
    <message>
        <source>The task reply is not valid JSON (%1).</source>
        <translation>任务响应不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The task reply is not a JSON object.</source>
        <translation>任务响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The task reply has neither an id nor a status.</source>
        <translation>任务响应中既没有 id 也没有 status。</translation>
    </message>
</context>
<context>
    <name>UploadPrecheck</name>
    <message>
        <source>%1 cannot be uploaded: %2. Nothing was paid; choose the file again.</source>
        <translation>%1 无法上传：%2。未产生任何费用；请重新选择该文件。</translation>
    </message>
    <message>
        <source>%1 changed since it was checked (%2 bytes then, %3 now), so it is not what was priced. Nothing was paid; choose the file again.</source>
        <translation>%1 在检查之后已被更改（当时 %2 字节，现在 %3 字节），已不是估价时的文件。未产生任何费用；请重新选择该文件。</translation>
    </message>
    <message>
        <source>%1 is in %2 format, which EvoLink does not accept (it takes JPEG, PNG, WebP and GIF). Nothing was paid; save or export it as JPEG or PNG and use that file.</source>
        <translation>%1 是 %2 格式，EvoLink 不接受该格式（仅接受 JPEG、PNG、WebP 和 GIF）。未产生任何费用；请将其另存或导出为 JPEG 或 PNG，并改用该文件。</translation>
    </message>
</context>
<context>
    <name>UploadResult</name>
    <message>
        <source>The upload reply is not a JSON object.</source>
        <translation>上传响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The upload was refused: %1</source>
        <translation>上传被拒绝：%1</translation>
    </message>
    <message>
        <source>The upload reply contains no file URL.</source>
        <translation>上传响应中没有文件 URL。</translation>
    </message>
    <message>
        <source>The upload reply&apos;s file URL is not a web link: %1</source>
        <translation>上传响应中的文件 URL 不是网址：%1</translation>
    </message>
</context>
<context>
    <name>ks::AdvancedSection</name>
    <message>
        <source>Multi-shot storyboard</source>
        <translation>多镜头分镜</translation>
    </message>
    <message>
        <source>Up to 6 shots, each with its own prompt and length; the lengths add up to the duration</source>
        <translation>最多 6 个镜头，每个镜头有各自的提示词和时长；各镜头时长之和等于总时长</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Add a watermark</source>
        <translation>添加水印</translation>
    </message>
    <message>
        <source>watermark_info.enabled; left untouched, the service default applies</source>
        <translation>watermark_info.enabled；保持未设置时，采用服务的默认值</translation>
    </message>
    <message>
        <source>Callback URL (optional)</source>
        <translation>回调地址（可选）</translation>
    </message>
    <message>
        <source>EvoLink posts the finished task here; public https only. The app polls either way.</source>
        <translation>EvoLink 会将完成的任务 POST 到此地址；仅限公开的 https 地址。无论是否设置，应用都会轮询任务状态。</translation>
    </message>
    <message>
        <source>shots: %1</source>
        <translation>镜头：%1</translation>
    </message>
    <message>
        <source>elements: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>watermark on</source>
        <translation>水印开</translation>
    </message>
    <message>
        <source>watermark off</source>
        <translation>水印关</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>回调</translation>
    </message>
</context>
<context>
    <name>ks::AttentionDialogs</name>
    <message>
        <source>Balance too low</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <source>Top up your EvoLink account, then resubmit the job from the history. Nothing was charged for this job.</source>
        <translation>请为 EvoLink 账户充值，然后在历史记录中重新提交该任务。此任务未产生任何费用。</translation>
    </message>
    <message>
        <source>File storage full</source>
        <translation>文件存储已满</translation>
    </message>
    <message>
        <source>The journal cannot be written</source>
        <translation>无法写入任务日志</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>API 密钥被拒绝</translation>
    </message>
    <message>
        <source>EvoLink did not accept the API key.</source>
        <translation>EvoLink 未接受该 API 密钥。</translation>
    </message>
    <message>
        <source>Enter a valid key in Preferences to continue.</source>
        <translation>请在偏好设置中输入有效的密钥以继续。</translation>
    </message>
    <message>
        <source>Open Preferences…</source>
        <translation>打开偏好设置…</translation>
    </message>
</context>
<context>
    <name>ks::CliCommands</name>
    <message>
        <source>This combination has no published price.</source>
        <translation>此参数组合没有公开价格。</translation>
    </message>
    <message>
        <source>credits (about $%1 at %2 credits per USD; approximate)</source>
        <translation>积分（约 $%1，按每美元 %2 积分计算；仅供参考）</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>计算公式：%1</translation>
    </message>
    <message>
        <source>Price drivers: %1</source>
        <translation>计价因素：%1</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>暂无任务。</translation>
    </message>
    <message>
        <source>ID	DATE	MODE	STATE	CREDITS	FILE</source>
        <translation>ID	日期	模式	状态	积分	文件</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>主体 %1</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> （演示）</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator answers, no credits are spent. Set EVOLINK_API_KEY (or store a key in the app) to use EvoLink.</source>
        <translation>演示模式：由内置模拟器响应，不消耗积分。如需使用 EvoLink，请设置 EVOLINK_API_KEY（或在应用中保存密钥）。</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>服务器端任务 %1</translation>
    </message>
    <message numerus="yes">
        <source>(about %n s left)</source>
        <translation>
            <numerusform>（约剩 %n 秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>Still running on the server; check again later with: klingstudio-cli status %1</source>
        <translation>仍在服务器上运行；请稍后使用以下命令再次查询：klingstudio-cli status %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>服务器端任务：%1</translation>
    </message>
    <message>
        <source>Result link: %1</source>
        <translation>结果链接：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>积分：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Element: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>No API key, so EvoLink cannot be asked about this task.</source>
        <translation>未设置 API 密钥，无法向 EvoLink 查询此任务。</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>服务器状态：%1</translation>
    </message>
    <message>
        <source>Progress: %1%</source>
        <translation>进度：%1%</translation>
    </message>
    <message numerus="yes">
        <source>Time left: about %n s</source>
        <translation>
            <numerusform>剩余时间：约 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Credits used: %1</source>
        <translation>已用积分：%1</translation>
    </message>
    <message>
        <source>Credits reserved: %1</source>
        <translation>预留积分：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>No elements yet. Make one with: klingstudio-cli element create</source>
        <translation>暂无主体。可使用以下命令创建：klingstudio-cli element create</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name or remove it first: Kling Studio never overwrites your files.</source>
        <translation>%1 已存在。请选择其他文件名或先将其删除：Kling Studio 绝不会覆盖你的文件。</translation>
    </message>
    <message>
        <source>Job %1 belongs to %2 mode; run resume there.</source>
        <translation>任务 %1 属于“%2”模式；请在该模式下运行 resume。</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>No unfinished jobs.</source>
        <translation>没有未完成的任务。</translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n job(s).</source>
        <translation>
            <numerusform>正在继续 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>--image-start (or --image)</source>
        <translation>--image-start（或 --image）</translation>
    </message>
    <message>
        <source>The price of an edit follows the input video&apos;s length: give --video FILE or --seconds N for an exact figure.</source>
        <translation>编辑的价格取决于输入视频的时长：给出 --video 文件 或 --seconds N 可得到准确数字。</translation>
    </message>
    <message>
        <source>generate will also need %1.</source>
        <translation>generate 还需要 %1。</translation>
    </message>
    <message>
        <source>The request was sent but its answer was lost: the task may exist. Run &quot;klingstudio-cli resume&quot;: it looks the task up before anything is sent again, and only ever resends with the same idempotency key.</source>
        <translation>请求已发送，但回复丢失：任务可能已经存在。请运行“klingstudio-cli resume”：它会先查找该任务，再决定是否重新发送，并且只会使用相同的幂等键重新发送。</translation>
    </message>
    <message>
        <source>%1 (exactly %2)</source>
        <translation>%1（精确值 %2）</translation>
    </message>
    <message>
        <source>ID	NAME	MADE FROM	DATE	VOICE	DESCRIPTION</source>
        <translation>ID	名称	来源	日期	音色	描述</translation>
    </message>
    <message>
        <source>The list of models this key may use could not be read: %1</source>
        <translation>无法读取此密钥可使用的模型列表：%1</translation>
    </message>
    <message>
        <source>Nothing was sent. Change the prompt or the image, or run the command again without --precheck to generate anyway.</source>
        <translation>没有发送任何内容。请修改提示词或图片，或者去掉 --precheck 重新运行命令以仍然生成。</translation>
    </message>
    <message>
        <source>The check before paying could not run (%1); generating without it.</source>
        <translation>付费前检查未能运行（%1）；将在未检查的情况下生成。</translation>
    </message>
    <message>
        <source>Reserved: %1</source>
        <translation>已预扣：%1</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. A batch file&apos;s columns are: %2.</source>
        <translation>未知的列“%1”。批量任务文件可用的列：%2。</translation>
    </message>
    <message>
        <source>%1 already exists: Kling Studio never overwrites your files.</source>
        <translation>%1 已存在：Kling Studio 从不覆盖您的文件。</translation>
    </message>
    <message>
        <source>%1 is the target of an earlier line too.</source>
        <translation>前面的某一行也以 %1 为输出文件。</translation>
    </message>
    <message>
        <source>No price is known for these settings.</source>
        <translation>这些设置没有已知的价格。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the lines above, then run the batch again.</source>
        <translation>未发送任何请求：请修正上面列出的行，然后重新运行批量任务。</translation>
    </message>
    <message>
        <source>Line %1: %2 credits · %3 · %4 s · %5</source>
        <translation>第 %1 行：%2 积分 · %3 · %4 秒 · %5</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs · %1 credits in all</source>
        <translation>
            <numerusform>共 %n 个任务 · %1 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>Start them? [y/N] </source>
        <translation>开始这些任务吗？[y/N] </translation>
    </message>
    <message>
        <source>Nothing was sent. Answer y to start them, or add --yes.</source>
        <translation>未发送任何请求。回答 y 开始这些任务，或加上 --yes。</translation>
    </message>
    <message>
        <source>Line %1: job %2</source>
        <translation>第 %1 行：任务 %2</translation>
    </message>
    <message>
        <source>Line %1: done</source>
        <translation>第 %1 行：已完成</translation>
    </message>
    <message>
        <source>Some jobs still run on the server: &quot;klingstudio-cli resume&quot; follows them.</source>
        <translation>部分任务仍在服务器上运行：“klingstudio-cli resume”会继续跟踪它们。</translation>
    </message>
</context>
<context>
    <name>ks::CustomElementSection</name>
    <message>
        <source>A custom element is a reusable subject (a person, a character, a product). It takes about 10 minutes, costs 1 credit, and then appears in your element library for every mode.</source>
        <translation>自定义主体是可复用的主体（人物、角色、产品）。创建约需 10 分钟，消耗 1 积分，之后会出现在你的主体库中，可用于所有模式。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Up to 20 characters</source>
        <translation>最多 20 个字符</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Who or what it is, up to 100 characters</source>
        <translation>是谁或是什么，最多 100 个字符</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>创建自</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>A video</source>
        <translation>一段视频</translation>
    </message>
    <message>
        <source>Elements made from a video cannot be used with reference-to-video or video edit.</source>
        <translation>由视频创建的主体不能用于 reference-to-video 或视频编辑。</translation>
    </message>
    <message>
        <source>Frontal image</source>
        <translation>正面图</translation>
    </message>
    <message>
        <source>Video of the subject</source>
        <translation>主体视频</translation>
    </message>
    <message>
        <source>At most 8 s long and 720 to 2160 px wide. One person, face clearly visible (not turned away, covered or tiny), and the same character from start to end: no cut to someone else.</source>
        <translation>最长 8 秒，宽度 720 至 2160 像素。画面中只有一个人，面部清晰可见（不背对镜头、不被遮挡、不过小），且从头到尾是同一个角色：不能切换成别人。</translation>
    </message>
    <message>
        <source>Voice ID (optional)</source>
        <translation>音色 ID（可选）</translation>
    </message>
    <message>
        <source>For example 829824295735410756</source>
        <translation>例如 829824295735410756</translation>
    </message>
    <message>
        <source>The voice the element speaks with in the videos that use it. Only for an element made from a video; leave empty for none.</source>
        <translation>主体在使用它的视频中说话时的音色。仅适用于由视频创建的主体；留空表示不设置。</translation>
    </message>
    <message>
        <source>Other angles (1 to 3)</source>
        <translation>其他角度（1 到 3 张）</translation>
    </message>
    <message>
        <source>Required, like the frontal image: EvoLink makes no element from images without both.</source>
        <translation>与正面图一样必填：两者缺一，EvoLink 都无法用图片创建主体。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ks::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>ks::Downloader</name>
    <message>
        <source>The result link is not a valid web address: %1</source>
        <translation>结果链接不是有效的网址：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <source>The video link has expired or is no longer available (HTTP %1). Result links are valid for 24 hours after the video is ready.</source>
        <translation>视频链接已过期或不再可用（HTTP %1）。结果链接在视频生成后 24 小时内有效。</translation>
    </message>
    <message>
        <source>The download ended early (%1 of %2 bytes).</source>
        <translation>下载提前结束（%1 / %2 字节）。</translation>
    </message>
    <message>
        <source>The server sent more data than announced (%1 of %2 bytes).</source>
        <translation>服务器发送的数据超出声明的大小（%1 / %2 字节）。</translation>
    </message>
    <message numerus="yes">
        <source>The download stalled for %n second(s).</source>
        <translation>
            <numerusform>下载已停滞 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>无法将 %1 移动到 %2。</translation>
    </message>
    <message>
        <source>The server at %1 sent more than %2 (at least %3) for this video, far more than the video can be; the download was stopped so that it cannot fill the disk.</source>
        <translation>%1 上的服务器为此视频发送了超过 %2 的数据（至少 %3），远超视频可能的大小；为免占满磁盘，下载已停止。</translation>
    </message>
    <message>
        <source>The disk is full: saving the video to %1 needs %2 more, but only %3 is free (Kling Studio keeps %4 free so the computer can go on working). Free some disk space or choose a folder on another disk, then download the video again.</source>
        <translation>磁盘已满：将视频保存到 %1 还需要 %2，但只剩 %3 可用（Kling Studio 会保留 %4 的空闲空间，以便电脑继续正常工作）。请释放一些磁盘空间，或选择另一块磁盘上的文件夹，然后重新下载视频。</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s) to download from %1.</source>
        <translation>
            <numerusform>尝试从 %1 下载 %n 次后已放弃。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file EvoLink served is not the expected video (%1). It was kept as %2 and not saved as the video.</source>
        <translation>EvoLink 提供的文件不是预期的视频（%1）。它已保留为 %2，没有作为视频保存。</translation>
    </message>
    <message>
        <source>The file EvoLink served is not a video (%1), so it was not saved.</source>
        <translation>EvoLink 提供的文件不是视频（%1），因此没有保存。</translation>
    </message>
</context>
<context>
    <name>ks::ElementLibrary</name>
    <message>
        <source>An element without an ID cannot be added to the library.</source>
        <translation>没有 ID 的主体无法添加到主体库。</translation>
    </message>
    <message>
        <source>The element %1 is not in the library.</source>
        <translation>主体 %1 不在主体库中。</translation>
    </message>
    <message>
        <source>No element ID or image was given for the thumbnail.</source>
        <translation>未提供用于生成缩略图的主体 ID 或图片。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The image %1 could not be copied: %2</source>
        <translation>无法复制图片 %1：%2</translation>
    </message>
    <message>
        <source>The thumbnail %1 could not be written.</source>
        <translation>无法写入缩略图 %1。</translation>
    </message>
    <message>
        <source>no list of elements</source>
        <translation>缺少主体列表</translation>
    </message>
    <message>
        <source>The element library %1 could not be read (%2). It was moved aside to %3 and a new, empty library was started.</source>
        <translation>无法读取主体库 %1（%2）。已将其移至 %3，并新建了一个空的主体库。</translation>
    </message>
    <message>
        <source>The element library %1 could not be read (%2) and could not be moved aside; a new, empty library was started in its place.</source>
        <translation>无法读取主体库 %1（%2），且无法将其移至别处；已在原位置新建了一个空的主体库。</translation>
    </message>
    <message>
        <source>The element library %1 could not be written: %2</source>
        <translation>无法写入主体库 %1：%2</translation>
    </message>
</context>
<context>
    <name>ks::ElementLibraryDialog</name>
    <message>
        <source>Copied %1.</source>
        <translation>已复制 %1。</translation>
    </message>
    <message>
        <source>Delete element</source>
        <translation>删除主体</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the library? Requests that name it keep the id, but it can no longer be picked here.</source>
        <translation>要从主体库中移除“%1”（%2）吗？已引用它的请求仍保留其 ID，但之后无法再在此处选择它。</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>from a video</source>
        <translation>由视频创建</translation>
    </message>
    <message>
        <source>from images</source>
        <translation>由图片创建</translation>
    </message>
    <message>
        <source>Cannot be combined with a video input (reference-to-video, video edit).</source>
        <translation>不能与视频输入一起使用（参考视频生成、视频编辑）。</translation>
    </message>
    <message>
        <source>No elements yet. Create one from a frontal image and 1 to 3 other angles, or from a video.</source>
        <translation>暂无主体。可由一张正面图加 1 到 3 张其他角度的图片创建，或由一段视频创建。</translation>
    </message>
    <message>
        <source>Elements in the library: %1</source>
        <translation>主体库中的主体数：%1</translation>
    </message>
    <message>
        <source>Element library</source>
        <translation>主体库</translation>
    </message>
    <message>
        <source>Elements are reusable subjects. Attach them under Advanced and refer to them in the prompt as &lt;&lt;&lt;element_N&gt;&gt;&gt;.</source>
        <translation>主体是可重复使用的对象。在“高级”中添加主体，并在提示词中以 &lt;&lt;&lt;element_N&gt;&gt;&gt; 引用。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Element ID</source>
        <translation>主体 ID</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Create element…</source>
        <translation>创建主体…</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Voice ID</source>
        <translation>音色 ID</translation>
    </message>
</context>
<context>
    <name>ks::ElementPicker</name>
    <message>
        <source>from a video</source>
        <translation>由视频创建</translation>
    </message>
    <message>
        <source>from images</source>
        <translation>由图片创建</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The library is empty: create an element first (mode “Custom element”).</source>
        <translation>主体库为空：请先创建主体（模式“自定义主体”）。</translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation>不在主体库中</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>made from a video</source>
        <translation>由视频创建</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove element %1</source>
        <translation>移除主体 %1</translation>
    </message>
    <message>
        <source>No elements attached. Elements are reusable subjects from your library; refer to them as &lt;&lt;&lt;element_N&gt;&gt;&gt;.</source>
        <translation>未添加主体。主体是主体库中可重复使用的对象；请以 &lt;&lt;&lt;element_N&gt;&gt;&gt; 引用。</translation>
    </message>
    <message>
        <source>Add element</source>
        <translation>添加主体</translation>
    </message>
    <message>
        <source>Library…</source>
        <translation>主体库…</translation>
    </message>
    <message>
        <source>See, copy and delete the elements you created</source>
        <translation>查看、复制和删除你创建的主体</translation>
    </message>
    <message>
        <source>%1, voice %2</source>
        <translation>%1，音色 %2</translation>
    </message>
    <message>
        <source>voice %1</source>
        <translation>音色 %1</translation>
    </message>
</context>
<context>
    <name>ks::EvoLinkClient</name>
    <message>
        <source>The request id &quot;%1&quot; contains characters that cannot be sent in a header.</source>
        <translation>请求 ID“%1”包含无法在请求头中发送的字符。</translation>
    </message>
    <message>
        <source>The task id is empty.</source>
        <translation>任务 ID 为空。</translation>
    </message>
    <message>
        <source>Unknown file type for %1.</source>
        <translation>无法识别 %1 的文件类型。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback). Use an https:// address instead of %1 so that your API key is not sent unencrypted.</source>
        <translation>仅允许对本机（回环地址）使用明文 http。请使用 https:// 地址代替 %1，以免 API 密钥以未加密方式发送。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address; it must start with https://.</source>
        <translation>“%1”不是有效的服务器地址；必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>No API key is set. Enter your EvoLink API key in the settings.</source>
        <translation>未设置 API 密钥。请在设置中输入你的 EvoLink API 密钥。</translation>
    </message>
    <message>
        <source>The API key contains characters that are not allowed (spaces, line breaks or non-ASCII letters).</source>
        <translation>API 密钥包含不允许的字符（空格、换行或非 ASCII 字符）。</translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was not followed so that your API key is not sent elsewhere.</source>
        <translation>服务器将请求重定向到了其他地址；为避免 API 密钥被发送到别处，未跟随该重定向。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>服务器在 %n 秒内未响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file service stored the file as %1 instead of %2; it does not accept this kind of file.</source>
        <translation>文件服务将该文件存储为 %1 而非 %2；它不接受此类文件。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was longer than %1 MiB, far more than any EvoLink answer; it was cut off and not read.</source>
        <translation>服务器的应答超过 %1 MiB，远超任何 EvoLink 应答的长度；已截断，未读取。</translation>
    </message>
    <message>
        <source>There is neither a prompt nor an image to check.</source>
        <translation>既没有提示词也没有图片可供检查。</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent and before EvoLink answered. The task may have been made; the request was not sent again.</source>
        <translation>请求已发出，但在 EvoLink 回应之前连接就被关闭了。服务器端任务可能已经创建；该请求没有再次发送。</translation>
    </message>
</context>
<context>
    <name>ks::FramesSection</name>
    <message>
        <source>Start frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>End frame (optional, needs a start frame)</source>
        <translation>尾帧（可选，需要首帧）</translation>
    </message>
    <message>
        <source>End frame</source>
        <translation>尾帧</translation>
    </message>
</context>
<context>
    <name>ks::GenerateFooter</name>
    <message>
        <source>Estimated cost</source>
        <translation>预计费用</translation>
    </message>
    <message>
        <source>Start the generation (%1)</source>
        <translation>开始生成 (%1)</translation>
    </message>
    <message>
        <source>%1
Generate: %2</source>
        <translation>%1
生成：%2</translation>
    </message>
    <message>
        <source>— credits</source>
        <translation>— 积分</translation>
    </message>
    <message>
        <source>No price is known for these settings.</source>
        <translation>暂无这些设置的价格信息。</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>About %1, at %2 credits per US dollar. Credits are what is billed.</source>
        <translation>约 %1，按每美元 %2 积分估算，实际按积分计费。</translation>
    </message>
    <message>
        <source>Price set by: %1</source>
        <translation>计价依据：%1</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Takes: how many videos of these settings one click makes. Each take is a job of its own and is charged.</source>
        <translation>条数：点击一次按这些设置生成几条视频。每一条都是单独的任务，单独计费。</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message numerus="yes">
        <source>%n takes · %1</source>
        <translation>
            <numerusform>%n 条 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes × (%2)</source>
        <translation>%1 条 × (%2)</translation>
    </message>
</context>
<context>
    <name>ks::GenerationForm</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>Generation is not available right now.</source>
        <translation>当前无法生成。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Advanced (%1)</source>
        <translation>高级（%1）</translation>
    </message>
    <message>
        <source>Insert reference</source>
        <translation>插入引用</translation>
    </message>
    <message>
        <source>Insert &lt;&lt;&lt;image_N&gt;&gt;&gt;, &lt;&lt;&lt;element_N&gt;&gt;&gt; or &lt;&lt;&lt;video_1&gt;&gt;&gt; at the cursor, numbered as the request sends them</source>
        <translation>在光标处插入 &lt;&lt;&lt;image_N&gt;&gt;&gt;、&lt;&lt;&lt;element_N&gt;&gt;&gt; 或 &lt;&lt;&lt;video_1&gt;&gt;&gt;，编号与请求中的发送顺序一致</translation>
    </message>
    <message>
        <source>Reference video</source>
        <translation>参考视频</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>Style, scene or subject references (not frames); the prompt names them &lt;&lt;&lt;image_1&gt;&gt;&gt;, &lt;&lt;&lt;image_2&gt;&gt;&gt;… in this order. Not combinable with an end frame.</source>
        <translation>风格、场景或主体参考（不是首尾帧）；提示词中按此顺序以 &lt;&lt;&lt;image_1&gt;&gt;&gt;、&lt;&lt;&lt;image_2&gt;&gt;&gt;… 引用。不能与尾帧同时使用。</translation>
    </message>
    <message>
        <source>Style, scene or subject references; the prompt names them &lt;&lt;&lt;image_1&gt;&gt;&gt;, &lt;&lt;&lt;image_2&gt;&gt;&gt;… in this order. Images and elements together: at most 4.</source>
        <translation>风格、场景或主体参考；提示词中按此顺序以 &lt;&lt;&lt;image_1&gt;&gt;&gt;、&lt;&lt;&lt;image_2&gt;&gt;&gt;… 引用。图片和主体合计最多 4 个。</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read.</source>
        <translation>“%1”不是可读取的文件。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is neither an image (JPG, PNG, WEBP) nor a video (MP4, MOV) by its content.</source>
        <translation>从内容判断，“%1”既不是图片（JPG、PNG、WEBP），也不是视频（MP4、MOV）。</translation>
    </message>
    <message>
        <source>“%1” was not added: the element already has a frontal image and %2 other angles.</source>
        <translation>未添加“%1”：该主体已有一张正面图和 %2 张其他角度的图片。</translation>
    </message>
    <message>
        <source>“%1” was not added: %2 takes at most %3 reference images.</source>
        <translation>未添加“%1”：%2最多支持 %3 张参考图。</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Prompt (optional)</source>
        <translation>提示词（可选）</translation>
    </message>
    <message>
        <source>Video to edit (3 to 10 s)</source>
        <translation>待编辑视频（3 到 10 秒）</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ks::HistoryDelegate</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1% · %2</source>
        <translation>%1% · %2</translation>
    </message>
</context>
<context>
    <name>ks::HistoryModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <source>%1 cr</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>%1 running · %2 done</source>
        <translation>%1 个生成中 · %2 个已完成</translation>
    </message>
    <message>
        <source>uploading media…</source>
        <translation>正在上传素材…</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>almost done</source>
        <translation>即将完成</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>约剩 %1 分钟</translation>
    </message>
    <message>
        <source> · charged %1</source>
        <translation> · 已扣除 %1</translation>
    </message>
    <message>
        <source> · reserved %1</source>
        <translation> · 已预扣 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>uploading file %1 of %2…</source>
        <translation>正在上传第 %1 个文件（共 %2 个）…</translation>
    </message>
    <message>
        <source>Not downloaded, and the 24-hour result link has expired.</source>
        <translation>尚未下载，且 24 小时结果链接已过期。</translation>
    </message>
    <message>
        <source>Not downloaded yet — the result link expires in %1 min.</source>
        <translation>尚未下载——结果链接将在 %1 分钟后过期。</translation>
    </message>
    <message>
        <source>Not downloaded yet — the result link expires in %1 h.</source>
        <translation>尚未下载——结果链接将在 %1 小时后过期。</translation>
    </message>
    <message>
        <source>%1 running · %2 done · %3 stopped</source>
        <translation>%1 个生成中 · %2 个已完成 · %3 个已停止跟踪</translation>
    </message>
    <message>
        <source>Shot %1: %2</source>
        <translation>镜头 %1：%2</translation>
    </message>
    <message>
        <source>%1 running · %2 queued · %3 done · %4 stopped</source>
        <translation>%1 个生成中 · %2 个排队中 · %3 个已完成 · %4 个已停止跟踪</translation>
    </message>
    <message>
        <source>%1 running · %2 queued · %3 done</source>
        <translation>%1 个生成中 · %2 个排队中 · %3 个已完成</translation>
    </message>
    <message>
        <source>queued (%1 ahead)</source>
        <translation>排队中（前面 %1 个）</translation>
    </message>
    <message>
        <source>queued (next)</source>
        <translation>排队中（下一个）</translation>
    </message>
    <message>
        <source>1 shot</source>
        <translation>1 个镜头</translation>
    </message>
    <message>
        <source>%1 shots</source>
        <translation>%1 个镜头</translation>
    </message>
    <message>
        <source>Estimate: exactly %1 credits</source>
        <translation>预估：精确值 %1 积分</translation>
    </message>
    <message>
        <source>Charged: exactly %1 credits</source>
        <translation>已扣除：精确值 %1 积分</translation>
    </message>
    <message>
        <source>Reserved: exactly %1 credits</source>
        <translation>已预留：精确值 %1 积分</translation>
    </message>
    <message>
        <source> · reserved: unit unclear</source>
        <translation> · 已预扣：单位不明</translation>
    </message>
    <message>
        <source>take %1</source>
        <translation>第 %1 条</translation>
    </message>
</context>
<context>
    <name>ks::HistoryPanel</name>
    <message>
        <source>%1 running · %2 done</source>
        <translation>%1 个生成中 · %2 个已完成</translation>
    </message>
    <message>
        <source>The history list is empty.
Removed jobs are gone from this list only: their video files stay in your download folder.</source>
        <translation>历史列表为空。
移除的任务只是从此列表中删除：其视频文件仍保留在下载文件夹中。</translation>
    </message>
    <message>
        <source>Another Kling Studio process (for example klingstudio-cli) is tracking this job; stop it there.</source>
        <translation>另一个 Kling Studio 进程（例如 klingstudio-cli）正在跟踪此任务；请在那里停止。</translation>
    </message>
    <message>
        <source>Stop following this job (the server keeps running and billing it)</source>
        <translation>不再跟踪此任务（服务器仍会继续运行并计费）</translation>
    </message>
    <message>
        <source>Promote…</source>
        <translation>提升画质…</translation>
    </message>
</context>
<context>
    <name>ks::InstallationCheck</name>
    <message>
        <source>Qt libraries</source>
        <translation>Qt 库</translation>
    </message>
    <message>
        <source>SQLite driver and journal</source>
        <translation>SQLite 驱动和任务日志</translation>
    </message>
    <message>
        <source>Secure connections (TLS)</source>
        <translation>安全连接（TLS）</translation>
    </message>
    <message>
        <source>Video component</source>
        <translation>视频组件</translation>
    </message>
    <message>
        <source>%1-second demo video from the built-in simulator</source>
        <translation>由内置模拟器生成的 %1 秒演示视频</translation>
    </message>
    <message>
        <source>First video frame</source>
        <translation>视频第一帧</translation>
    </message>
    <message>
        <source>Qt</source>
        <comment>self-test part</comment>
        <translation>Qt</translation>
    </message>
    <message>
        <source>SQLite</source>
        <comment>self-test part</comment>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>TLS</source>
        <comment>self-test part</comment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>media</source>
        <comment>self-test part</comment>
        <translation>视频组件</translation>
    </message>
    <message>
        <source>demo job</source>
        <comment>self-test part</comment>
        <translation>演示任务</translation>
    </message>
    <message>
        <source>video frame</source>
        <comment>self-test part</comment>
        <translation>视频帧</translation>
    </message>
    <message>
        <source>Not checked: it needs “%1”, which failed.</source>
        <translation>未检查：它依赖“%1”，而该项未通过。</translation>
    </message>
    <message>
        <source>Something may block connections to this computer (127.0.0.1), or the computer is very busy. Try again.</source>
        <translation>可能有程序阻止了到本机（127.0.0.1）的连接，或者电脑过于繁忙。请重试。</translation>
    </message>
    <message>
        <source>The video decoder hangs on the demo video. Reinstall Kling Studio&apos;s video playback components.</source>
        <translation>视频解码器在处理演示视频时卡住。请重新安装 Kling Studio 的视频播放组件。</translation>
    </message>
    <message>
        <source>Try again when the computer is less busy.</source>
        <translation>请在电脑不那么繁忙时重试。</translation>
    </message>
    <message>
        <source>Did not finish within %1 s. %2</source>
        <translation>未能在 %1 秒内完成。%2</translation>
    </message>
    <message>
        <source>Not checked: the check ran out of time.</source>
        <translation>未检查：检查已超时。</translation>
    </message>
    <message>
        <source>Qt %1 is older than the Qt %2 Kling Studio was built with. Install Qt %2 or newer, or reinstall Kling Studio.</source>
        <translation>Qt %1 比构建 Kling Studio 时使用的 Qt %2 旧。请安装 Qt %2 或更新版本，或重新安装 Kling Studio。</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（构建时使用 %2）</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (qsqlite) is missing, so no job can be kept. Install it (Debian/Ubuntu: libqt6sql6-sqlite) or reinstall Kling Studio.</source>
        <translation>缺少 Qt 的 SQLite 驱动（qsqlite），因此无法保存任何任务。请安装它（Debian/Ubuntu：libqt6sql6-sqlite）或重新安装 Kling Studio。</translation>
    </message>
    <message>
        <source>No temporary folder could be made in %1 (%2). Make sure it is writable and the disk is not full.</source>
        <translation>无法在 %1 中创建临时文件夹（%2）。请确认该文件夹可写且磁盘未满。</translation>
    </message>
    <message>
        <source>The SQLite driver is there, but no journal could be created in a temporary folder. %1</source>
        <translation>SQLite 驱动已安装，但无法在临时文件夹中创建任务日志。%1</translation>
    </message>
    <message>
        <source>Driver found; a journal was created in a temporary folder.</source>
        <translation>已找到驱动；已在临时文件夹中创建任务日志。</translation>
    </message>
    <message>
        <source>No TLS backend could be loaded (found: %1), and the EvoLink API is only reachable over https. Install OpenSSL 3 (Debian/Ubuntu: libssl3) or reinstall Kling Studio.</source>
        <translation>无法加载任何 TLS 后端（找到：%1），而 EvoLink API 只能通过 https 访问。请安装 OpenSSL 3（Debian/Ubuntu：libssl3）或重新安装 Kling Studio。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This build of Kling Studio has no video component.</source>
        <translation>此版本的 Kling Studio 不含视频组件。</translation>
    </message>
    <message>
        <source>%1 Reinstall Kling Studio.</source>
        <translation>%1请重新安装 Kling Studio。</translation>
    </message>
    <message>
        <source>Qt Multimedia has no backend plugin (its “multimedia” plugin folder is empty or missing), so no video can play. Install Qt Multimedia&apos;s plugins (Debian/Ubuntu: libqt6multimedia6) or reinstall Kling Studio.</source>
        <translation>Qt Multimedia 没有后端插件（其“multimedia”插件文件夹为空或不存在），因此无法播放视频。请安装 Qt Multimedia 的插件（Debian/Ubuntu：libqt6multimedia6）或重新安装 Kling Studio。</translation>
    </message>
    <message>
        <source>Qt Multimedia backend: %1</source>
        <translation>Qt Multimedia 后端：%1</translation>
    </message>
    <message>
        <source>The built-in simulator could not start on this computer (127.0.0.1). Check that no firewall or sandbox blocks local connections.</source>
        <translation>内置模拟器无法在本机（127.0.0.1）上启动。请检查是否有防火墙或沙箱阻止了本地连接。</translation>
    </message>
    <message>
        <source>The demo job ended as “%1”. %2</source>
        <translation>演示任务以“%1”结束。%2</translation>
    </message>
    <message>
        <source>The demo job finished, but its video did not arrive on disk (%1).</source>
        <translation>演示任务已完成，但视频未保存到磁盘（%1）。</translation>
    </message>
    <message>
        <source>The demo job could not be written to the journal: %1</source>
        <translation>无法将演示任务写入任务日志：%1</translation>
    </message>
    <message>
        <source>No frame could be decoded from the demo video (H.264 in MP4) with %1. Install GStreamer&apos;s plugins for it (Debian/Ubuntu: gstreamer1.0-plugins-good and gstreamer1.0-libav).</source>
        <translation>无法用 %1 从演示视频（MP4 中的 H.264）解码出任何一帧。请安装相应的 GStreamer 插件（Debian/Ubuntu：gstreamer1.0-plugins-good 和 gstreamer1.0-libav）。</translation>
    </message>
    <message>
        <source>No frame could be decoded from the demo video (H.264 in MP4) with %1. Reinstall Kling Studio with its video playback components.</source>
        <translation>无法用 %1 从演示视频（MP4 中的 H.264）解码出任何一帧。请连同视频播放组件一起重新安装 Kling Studio。</translation>
    </message>
    <message>
        <source>%1×%2 pixels, decoded by %3</source>
        <translation>%1×%2 像素，由 %3 解码</translation>
    </message>
    <message>
        <source>Generated and downloaded (%1) in %2 s.</source>
        <translation>已在 %2 秒内生成并下载（%1）。</translation>
    </message>
</context>
<context>
    <name>ks::InstallationCheckDialog</name>
    <message>
        <source>Check Installation</source>
        <translation>检查安装</translation>
    </message>
    <message>
        <source>Kling Studio makes a %1-second demo video with its built-in simulator in a temporary folder and decodes its first frame, as the player does. Nothing is sent to EvoLink, no credits are spent, and your videos and history are left alone.</source>
        <translation>Kling Studio 会用内置模拟器在临时文件夹中生成一段 %1 秒的演示视频，并像播放器一样解码其第一帧。不会向 EvoLink 发送任何内容，不消耗积分，也不会改动你的视频和历史记录。</translation>
    </message>
    <message>
        <source>&amp;Copy Result</source>
        <translation>复制结果(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>再次检查(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Everything Kling Studio needs to make and play videos works (checked in %1 s).</source>
        <translation>Kling Studio 生成和播放视频所需的一切均正常（检查用时 %1 秒）。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Not working: %1. See the lines marked ✗; “Copy Result” copies this report for a support request.</source>
        <translation>未通过的项目：%1。请查看标有 ✗ 的行；“复制结果”可复制此报告，用于寻求支持。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of failed parts</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ks::JobAlerts</name>
    <message>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <source>Element ready</source>
        <translation>主体已创建</translation>
    </message>
    <message>
        <source>Video ready</source>
        <translation>视频已生成</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>生成失败</translation>
    </message>
    <message>
        <source>Download link expired</source>
        <translation>下载链接已过期</translation>
    </message>
    <message>
        <source>The video was not fetched within 24 hours of its making.</source>
        <translation>视频生成后 24 小时内未能下载。</translation>
    </message>
    <message>
        <source>A job needs you</source>
        <translation>有任务需要您处理</translation>
    </message>
    <message>
        <source>Open Kling Studio to see what is known and check again.</source>
        <translation>打开 Kling Studio 查看已知情况，再重新查询。</translation>
    </message>
</context>
<context>
    <name>ks::JobManager</name>
    <message>
        <source>The type of %1 is not supported for upload.</source>
        <translation>不支持上传 %1 的文件类型。</translation>
    </message>
    <message>
        <source>The file service did not return a link for the uploaded file.</source>
        <translation>文件服务未返回已上传文件的链接。</translation>
    </message>
    <message>
        <source>The server accepted the request but returned no task id.</source>
        <translation>服务器已接受请求，但未返回任务 ID。</translation>
    </message>
    <message>
        <source>The element was created but the server did not return its id.</source>
        <translation>主体已创建，但服务器未返回其 ID。</translation>
    </message>
    <message>
        <source>The task completed but the server returned no video link.</source>
        <translation>任务已完成，但服务器未返回视频链接。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the video.</source>
        <translation>无法为视频创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The video link has expired.</source>
        <translation>视频链接已过期。</translation>
    </message>
    <message>
        <source>%1 was refused by the file service: %2</source>
        <translation>文件服务拒绝了 %1：%2</translation>
    </message>
    <message>
        <source>The job history is not open.</source>
        <translation>任务日志未打开。</translation>
    </message>
    <message>
        <source>The folder %1 for the video cannot be created. Nothing was sent or paid: choose another folder, then generate again.</source>
        <translation>无法创建用于保存视频的文件夹 %1。未发送任何请求，也未扣费：请选择其他文件夹，然后重新生成。</translation>
    </message>
    <message>
        <source>Kling Studio cannot write to the folder %1 (%2). Nothing was sent or paid: choose a folder you may write to, then generate again.</source>
        <translation>Kling Studio 无法写入文件夹 %1（%2）。未发送任何请求，也未扣费：请选择一个有写入权限的文件夹，然后重新生成。</translation>
    </message>
    <message>
        <source>The disk of %1 is nearly full: %2 free, and this video needs about %3 with room to spare. Nothing was sent or paid: free some space or choose another folder, then generate again.</source>
        <translation>%1 所在磁盘几乎已满：可用 %2，而此视频连同预留空间约需 %3。未发送任何请求，也未扣费：请释放一些空间或选择其他文件夹，然后重新生成。</translation>
    </message>
    <message>
        <source>The job could not be written to the journal (%1), so its paid request was not sent. Free some disk space or check the data folder, then generate again.</source>
        <translation>无法将任务写入任务日志（%1），因此未发送其付费请求。请释放一些磁盘空间或检查数据文件夹，然后重新生成。</translation>
    </message>
    <message>
        <source>EvoLink created task %1 for this job, but it could not be written to the journal (%2). Note the task id now: Kling Studio stopped tracking the job so that nothing is lost unseen. Free some disk space or check the data folder, then get the video with: klingstudio-cli status %1</source>
        <translation>EvoLink 已为此任务创建服务器端任务 %1，但无法将其写入任务日志（%2）。请立即记下此服务器端任务 ID：Kling Studio 已停止跟踪此任务，以免有任何内容在不知不觉中丢失。请释放一些磁盘空间或检查数据文件夹，然后通过以下命令获取视频：klingstudio-cli status %1</translation>
    </message>
    <message>
        <source>Free some disk space or choose a writable folder, then use &quot;Check again&quot; in the app or run &quot;klingstudio-cli resume&quot;: the video link stays valid until %1.</source>
        <translation>请释放一些磁盘空间或选择可写入的文件夹，然后在应用中使用“重新查询”，或运行“klingstudio-cli resume”：视频链接在 %1 之前有效。</translation>
    </message>
    <message>
        <source>This job&apos;s task is %1, but that could not be written to the journal (%2). Note the task id now; free some disk space or check the data folder, then get the video with: klingstudio-cli status %1</source>
        <translation>此任务的服务器端任务是 %1，但无法将其写入任务日志（%2）。请立即记下此服务器端任务 ID；释放一些磁盘空间或检查数据文件夹，然后通过以下命令获取视频：klingstudio-cli status %1</translation>
    </message>
    <message>
        <source>The job history could not be opened, so a paid job could not be recorded: nothing was sent. Fix the problem shown at start (disk space, permissions of the data folder), then try again.</source>
        <translation>无法打开任务日志，因此无法记录付费任务：未发送任何请求。请先解决启动时提示的问题（磁盘空间、数据文件夹权限），然后再试一次。</translation>
    </message>
    <message>
        <source>The job could not be written to the journal (%1); nothing was sent.</source>
        <translation>无法将任务写入任务日志（%1）；未发送任何请求。</translation>
    </message>
    <message>
        <source>EvoLink refused to take this job again for now (%1). Its first request may still have made a task, so it is not sent on its own: Check Again looks for that task first.</source>
        <translation>EvoLink 暂时拒绝再次接收此任务（%1）。它的第一次请求可能已经创建了服务器端任务，因此不会自动发送：点击“重新查询”会先查找该服务器端任务。</translation>
    </message>
</context>
<context>
    <name>ks::JobStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The job history could not be opened: %1</source>
        <translation>无法打开任务历史记录：%1</translation>
    </message>
    <message>
        <source>The job history %1 is damaged and could not be moved aside.</source>
        <translation>任务历史记录 %1 已损坏，且无法移至别处。</translation>
    </message>
    <message>
        <source>The job history was damaged. It was moved aside to %1 and a new history was started.</source>
        <translation>任务历史记录已损坏。已将其移至 %1，并新建了历史记录。</translation>
    </message>
    <message>
        <source>The job history was written by a newer version of Kling Studio (schema %1, this version understands %2).</source>
        <translation>任务历史记录由更新版本的 Kling Studio 写入（架构版本 %1，当前版本仅支持 %2）。</translation>
    </message>
    <message>
        <source>The job history is not open.</source>
        <translation>任务历史记录未打开。</translation>
    </message>
    <message>
        <source>Job %1 is not in the history.</source>
        <translation>任务 %1 不在历史记录中。</translation>
    </message>
    <message>
        <source>The saved parameters of this job could not be read.</source>
        <translation>无法读取此任务保存的参数。</translation>
    </message>
</context>
<context>
    <name>ks::KeychainSecretStore</name>
    <message>
        <source>The system keychain is unavailable; the API key is kept for this session only.</source>
        <translation>系统钥匙串不可用；API 密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1). An API key you enter will be kept for this session only.</source>
        <translation>系统钥匙串不可用（%1）。你输入的 API 密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The API key could not be removed from the system keychain (%1).</source>
        <translation>无法从系统钥匙串中删除 API 密钥（%1）。</translation>
    </message>
    <message>
        <source>The API key is used for this session only: the system keychain could not store it (%1). To keep it, start or unlock the system keychain and enter the key again, or set the environment variable EVOLINK_API_KEY.</source>
        <translation>此 API 密钥仅在本次会话中使用：系统钥匙串无法保存它（%1）。如需保留，请启动或解锁系统钥匙串后重新输入密钥，或设置环境变量 EVOLINK_API_KEY。</translation>
    </message>
</context>
<context>
    <name>ks::LostTaskFinder</name>
    <message numerus="yes">
        <source>older tasks beyond the first %n listed</source>
        <translation>
            <numerusform>列表前 %n 项之外更早的服务器端任务</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (could not be read: %2)</source>
        <translation>%1（无法读取：%2）</translation>
    </message>
    <message>
        <source>another model, %1</source>
        <translation>其他模型：%1</translation>
    </message>
    <message>
        <source>created at %1, not while this job&apos;s request was out</source>
        <translation>创建于 %1，不在此任务请求发出的时间段内</translation>
    </message>
    <message>
        <source>%1 s of video, this job asked for %2 s</source>
        <translation>视频时长 %1 秒，而此任务要求 %2 秒</translation>
    </message>
    <message>
        <source>its length is not given</source>
        <translation>未提供其时长</translation>
    </message>
    <message>
        <source>%1 credits, this job costs %2</source>
        <translation>%1 积分，而此任务费用为 %2</translation>
    </message>
    <message>
        <source>neither its length nor its price can be compared</source>
        <translation>其时长和价格都无法比对</translation>
    </message>
    <message>
        <source>its model or creation time is not given</source>
        <translation>未提供其模型或创建时间</translation>
    </message>
    <message>
        <source>%1 (matches)</source>
        <translation>%1（相符）</translation>
    </message>
    <message>
        <source>EvoLink lists tasks that might be this job&apos;s, but Kling Studio cannot prove which one is: %1. Nothing was sent again. Compare them with this job in your EvoLink dashboard; &quot;Check again&quot; looks once more.</source>
        <translation>EvoLink 列出了可能属于此任务的服务器端任务，但 Kling Studio 无法确认是哪一个：%1。没有重新发送任何请求。请在 EvoLink 控制台中将它们与此任务比对；“重新查询”会再查找一次。</translation>
    </message>
</context>
<context>
    <name>ks::MainWindow</name>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Settings loaded into the form.</source>
        <translation>设置已载入表单。</translation>
    </message>
    <message>
        <source>History journal</source>
        <translation>历史记录日志</translation>
    </message>
    <message>
        <source>Job submitted.</source>
        <translation>任务已提交。</translation>
    </message>
    <message>
        <source>Balance: %1 credits</source>
        <translation>余额：%1 积分</translation>
    </message>
    <message>
        <source>Balance: unavailable</source>
        <translation>余额：不可用</translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation>余额：…</translation>
    </message>
    <message>
        <source>Credits left on your EvoLink account</source>
        <translation>EvoLink 账户的剩余积分</translation>
    </message>
    <message>
        <source>Demo · built-in simulator</source>
        <translation>演示 · 内置模拟器</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Kling Studio — Demo</source>
        <translation>Kling Studio — 演示模式</translation>
    </message>
    <message>
        <source>Kling Studio</source>
        <translation>Kling Studio</translation>
    </message>
    <message>
        <source>About Kling Studio</source>
        <translation>关于 Kling Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kling Studio %1&lt;/h3&gt;&lt;p&gt;A desktop studio for making short videos with the Kling O3 model through the EvoLink API.&lt;/p&gt;&lt;p&gt;Your API key stays in the system keychain; finished videos are saved in your download folder.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %2.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kling Studio %1&lt;/h3&gt;&lt;p&gt;一款通过 EvoLink API 使用 Kling O3 模型制作短视频的桌面工作室。&lt;/p&gt;&lt;p&gt;你的 API 密钥保存在系统钥匙串中；生成完成的视频保存在下载文件夹中。&lt;/p&gt;&lt;p&gt;&lt;small&gt;基于 Qt %2 构建。&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Job not sent</source>
        <translation>任务未发送</translation>
    </message>
    <message>
        <source>Submit again?</source>
        <translation>再次提交？</translation>
    </message>
    <message>
        <source>Submit the same request again?</source>
        <translation>再次提交相同的请求？</translation>
    </message>
    <message>
        <source>You submitted exactly this request a few seconds ago, and its job is in the history. Yes starts a second job, charged again; No sends nothing.</source>
        <translation>您在几秒钟前刚提交过完全相同的请求，它的任务已在历史记录中。选择“是”会再创建一个任务并再次扣费；选择“否”则不发送任何内容。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message numerus="yes">
        <source>The last draft is back, without %n input file(s) that no longer exist: %1. Add them again if you still need them.</source>
        <translation>
            <numerusform>上次的草稿已恢复，但有 %n 个输入文件已不存在，已被移除：%1。如仍需要，请重新添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the draft?</source>
        <translation>替换草稿？</translation>
    </message>
    <message>
        <source>Replace the draft in the form with this job&apos;s settings?</source>
        <translation>要用此任务的设置替换表单中的草稿吗？</translation>
    </message>
    <message>
        <source>The form holds a prompt or inputs that differ from this job&apos;s. Replace loads the job&apos;s settings and the draft is lost; Keep Draft leaves the form as it is.</source>
        <translation>表单中的提示词或输入与此任务不同。“替换”会载入该任务的设置，当前草稿将丢失；“保留草稿”则不改动表单。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep Draft</source>
        <translation>保留草稿</translation>
    </message>
    <message numerus="yes">
        <source>%n takes submitted.</source>
        <translation>
            <numerusform>已提交 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 running · %2 queued</source>
        <translation>%1 个生成中 · %2 个排队中</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 个生成中</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 个排队中</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ks::MediaBackendLoader</name>
    <message>
        <source>The video component (%1) is not installed.</source>
        <translation>视频组件（%1）未安装。</translation>
    </message>
    <message>
        <source>%1 is not a Kling Studio video component.</source>
        <translation>%1 不是 Kling Studio 的视频组件。</translation>
    </message>
    <message>
        <source>The video component could not be loaded: %1</source>
        <translation>无法加载视频组件：%1</translation>
    </message>
</context>
<context>
    <name>ks::MediaDropZone</name>
    <message>
        <source>The image “%1” is no longer on disk; choose it again.</source>
        <translation>图片“%1”已不在磁盘上，请重新选择。</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>剪贴板为空。</translation>
    </message>
    <message>
        <source>Nothing to use here.</source>
        <translation>没有可用的内容。</translation>
    </message>
    <message>
        <source>Only video files and https video links can be dropped here.</source>
        <translation>此处只能拖放视频文件或 https 视频链接。</translation>
    </message>
    <message>
        <source>The clipboard holds no video file or https video link.</source>
        <translation>剪贴板中没有视频文件或 https 视频链接。</translation>
    </message>
    <message>
        <source>Only images, image files and https image links can be dropped here.</source>
        <translation>此处只能拖放图片、图片文件或 https 图片链接。</translation>
    </message>
    <message>
        <source>The clipboard holds no image, image file or https image link.</source>
        <translation>剪贴板中没有图片、图片文件或 https 图片链接。</translation>
    </message>
    <message>
        <source>Could not create the folder for pasted images: %1</source>
        <translation>无法创建用于存放粘贴图片的文件夹：%1</translation>
    </message>
    <message>
        <source>Could not save the pasted image to %1.</source>
        <translation>无法将粘贴的图片保存到 %1。</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>选择视频</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov)</source>
        <translation>视频 (*.mp4 *.mov)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Link on %1 · the server downloads it when the job starts</source>
        <translation>%1 上的链接 · 任务开始时由服务器下载</translation>
    </message>
    <message>
        <source>The original file is gone; the uploaded copy is used</source>
        <translation>原文件已不存在，将使用已上传的副本</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>时长未知</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>正在检查“%1”…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Drop a video here, paste a link or choose a file</source>
        <translation>将视频拖放到此处、粘贴链接或选择文件</translation>
    </message>
    <message>
        <source>Pick an MP4 or MOV file</source>
        <translation>选择 MP4 或 MOV 文件</translation>
    </message>
    <message>
        <source>Use the video file or https video link on the clipboard (%1)</source>
        <translation>使用剪贴板中的视频文件或 https 视频链接 (%1)</translation>
    </message>
    <message>
        <source>Remove this video</source>
        <translation>移除此视频</translation>
    </message>
    <message>
        <source>Remove video</source>
        <translation>移除视频</translation>
    </message>
    <message>
        <source>Video drop zone</source>
        <translation>视频拖放区</translation>
    </message>
    <message>
        <source>Drop an image here, paste it or choose a file</source>
        <translation>将图片拖放到此处、粘贴或选择文件</translation>
    </message>
    <message>
        <source>Pick a JPG, PNG or WEBP file</source>
        <translation>选择 JPG、PNG 或 WEBP 文件</translation>
    </message>
    <message>
        <source>Pick a JPG or PNG file</source>
        <translation>选择 JPG 或 PNG 文件</translation>
    </message>
    <message>
        <source>Use the image or https image link on the clipboard (%1)</source>
        <translation>使用剪贴板中的图片或 https 图片链接 (%1)</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>移除此图片</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Image drop zone</source>
        <translation>图片拖放区</translation>
    </message>
</context>
<context>
    <name>ks::ModerationPrecheck</name>
    <message numerus="yes">
        <source>EvoLink&apos;s moderation did not answer within %n second(s).</source>
        <translation>
            <numerusform>EvoLink 的内容审核在 %n 秒内没有回应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely to be refused: %1</source>
        <translation>很可能被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>ks::PlayerWidget</name>
    <message>
        <source>The video file is missing:
%1

It may have been moved or deleted.</source>
        <translation>找不到视频文件：
%1

它可能已被移动或删除。</translation>
    </message>
    <message>
        <source>This video could not be played.
%1

%2</source>
        <translation>无法播放此视频。
%1

%2</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Copy the result link (valid for 24 hours after completion)</source>
        <translation>复制结果链接（完成后 24 小时内有效）</translation>
    </message>
    <message>
        <source>No valid result link: links expire 24 hours after completion</source>
        <translation>没有有效的结果链接：链接在完成 24 小时后过期</translation>
    </message>
    <message>
        <source>Pause (Space or K; F: full screen)</source>
        <translation>暂停（空格或 K；F：全屏）</translation>
    </message>
    <message>
        <source>Play (Space or K; F: full screen)</source>
        <translation>播放（空格或 K；F：全屏）</translation>
    </message>
    <message>
        <source>Position. J and L: 5 seconds back or forward; , and .: one frame back or forward</source>
        <translation>播放位置。J 和 L：后退或前进 5 秒；, 和 .：后退或前进一帧</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Click or press Space to play or pause; double-click or F for full screen, Esc to leave it</source>
        <translation>单击或按空格键播放或暂停；双击或按 F 进入全屏，按 Esc 退出全屏</translation>
    </message>
</context>
<context>
    <name>ks::PrecheckQuestion</name>
    <message>
        <source>Checking the prompt with EvoLink&apos;s moderation before paying…</source>
        <translation>正在付费前用 EvoLink 内容审核检查提示词…</translation>
    </message>
    <message>
        <source>The check before paying could not run (%1); the job was sent without it.</source>
        <translation>付费前检查未能运行（%1）；任务已在未检查的情况下发送。</translation>
    </message>
    <message>
        <source>Check before paying</source>
        <translation>付费前检查</translation>
    </message>
    <message>
        <source>EvoLink&apos;s moderation rates this prompt or image as likely to be refused by the content filter. Edit the Prompt sends nothing; Generate Anyway sends the job as it is.</source>
        <translation>EvoLink 的内容审核认为此提示词或图片很可能被内容过滤器拒绝。“修改提示词”不会发送任何内容；“仍然生成”会按原样发送任务。</translation>
    </message>
    <message>
        <source>Generate Anyway</source>
        <translation>仍然生成</translation>
    </message>
    <message>
        <source>Edit the Prompt</source>
        <translation>修改提示词</translation>
    </message>
</context>
<context>
    <name>ks::PreferencesDialog</name>
    <message>
        <source>Choose Download Folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>EVOLINK_API_BASE is set in the environment and takes precedence over the API base URL.</source>
        <translation>环境变量中已设置 EVOLINK_API_BASE，其优先级高于 API 基础地址。</translation>
    </message>
    <message>
        <source>EVOLINK_FILES_BASE is set in the environment and takes precedence over the files base URL.</source>
        <translation>环境变量中已设置 EVOLINK_FILES_BASE，其优先级高于文件 API 基础地址。</translation>
    </message>
    <message>
        <source>Looking up the current key…</source>
        <translation>正在查询当前密钥…</translation>
    </message>
    <message>
        <source>Current key: from the environment (EVOLINK_API_KEY). It takes precedence over a key saved here.</source>
        <translation>当前密钥：来自环境变量 (EVOLINK_API_KEY)，其优先级高于此处保存的密钥。</translation>
    </message>
    <message>
        <source>Current key: stored in the system keychain.</source>
        <translation>当前密钥：已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Current key: kept in memory for this session only.</source>
        <translation>当前密钥：仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>Current key: none. Without a key the app runs in demo mode against the built-in simulator.</source>
        <translation>当前密钥：无。未设置密钥时，应用将以演示模式运行，使用内置模拟器。</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>系统钥匙串：%1</translation>
    </message>
    <message>
        <source>“%1” is not a complete web address. Enter one such as %2.</source>
        <translation>“%1”不是完整的网址。请输入类似 %2 的地址。</translation>
    </message>
    <message>
        <source>“%1” uses plain http. Use https; plain http is only allowed to a server on this computer (127.0.0.1, ::1 or localhost), because the API key would otherwise travel unencrypted.</source>
        <translation>“%1”使用的是明文 http。请使用 https；明文 http 仅允许用于本机服务器（127.0.0.1、::1 或 localhost），否则 API 密钥将以未加密的方式传输。</translation>
    </message>
    <message>
        <source>Choose a download folder (a full path).</source>
        <translation>请选择下载文件夹（完整路径）。</translation>
    </message>
    <message>
        <source>The download folder %1 cannot be created.</source>
        <translation>无法创建下载文件夹 %1。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Check the prompt with EvoLink&apos;s moderation before paying</source>
        <translation>付费前用 EvoLink 内容审核检查提示词</translation>
    </message>
    <message>
        <source>Before each job, the prompt and its first image that is already online are sent to EvoLink&apos;s moderation; when they are likely to be refused you are asked first. Local images are not uploaded for this. If the check cannot run, the job goes on.</source>
        <translation>每个任务开始前，提示词及其第一张已在线的图片会发送给 EvoLink 内容审核；如果很可能被拒绝，会先询问你。不会为此上传本地图片。如果检查无法运行，任务照常进行。</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>无法获取</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>剩余 %1 个（共 %2 个）</translation>
    </message>
    <message>
        <source>Images uploaded for your jobs count against EvoLink&apos;s file quota until they expire, 72 hours after the upload.</source>
        <translation>为任务上传的图片在过期之前（上传后 72 小时）都会占用 EvoLink 的文件配额。</translation>
    </message>
</context>
<context>
    <name>ks::PriceTableDialog</name>
    <message>
        <source>Prices</source>
        <translation>价格表</translation>
    </message>
    <message>
        <source>What EvoLink charges for Kling O3, per second of video (the same figures as the estimate under Generate). Dollars at %1 credits per US dollar (Preferences).</source>
        <translation>EvoLink 对 Kling O3 按每秒视频收取的费用（与“生成”下方估算使用相同的数字）。美元按每美元 %1 积分换算（见偏好设置）。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Credits per second</source>
        <translation>每秒积分</translation>
    </message>
    <message>
        <source>USD per second</source>
        <translation>每秒美元</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>最低收费</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 per call</source>
        <translation>每次 %1</translation>
    </message>
    <message>
        <source>On</source>
        <comment>sound</comment>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>sound</comment>
        <translation>关</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>%1: priced per EvoLink&apos;s published pricing rules; EvoLink&apos;s product page shows no price for it yet.</source>
        <translation>%1：依据 EvoLink 公布的计价规则定价；EvoLink 的产品页面尚未列出其价格。</translation>
    </message>
</context>
<context>
    <name>ks::PromoteDialog</name>
    <message>
        <source>Promote</source>
        <translation>提升画质</translation>
    </message>
    <message>
        <source>Make this take again at %1?</source>
        <translation>以 %1 重新生成此条？</translation>
    </message>
    <message>
        <source>Make “%1” again at %2?</source>
        <translation>以 %2 重新生成“%1”？</translation>
    </message>
    <message>
        <source>The same prompt, inputs and settings at %1: a new job of %2 credits (this take: %3 credits at %4). This take stays as it is.</source>
        <translation>相同的提示词、输入和设置，画质改为 %1：新任务 %2 积分（此条为 %4，%3 积分）。此条保持不变。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Generate at %1</source>
        <translation>以 %1 生成</translation>
    </message>
    <message>
        <source>Promote to %1…</source>
        <translation>提升到 %1…</translation>
    </message>
</context>
<context>
    <name>ks::PromptSection</name>
    <message>
        <source>Describe the shot: subject, action, camera movement, lighting, mood…</source>
        <translation>描述镜头：主体、动作、运镜、光线、氛围…</translation>
    </message>
    <message>
        <source>Multi-shot is on: the prompt above is not sent; each shot&apos;s prompt is used instead.</source>
        <translation>已开启多镜头：不会发送上方的提示词，而是使用各镜头的提示词。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 over the limit of %2 characters: shorten the prompt.</source>
        <translation>超出 %2 字符上限 %1 个字符，请缩短提示词。</translation>
    </message>
    <message>
        <source>Long prompt: %1 left before the limit of %2 characters.</source>
        <translation>提示词较长：距 %2 字符上限还剩 %1 个字符。</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>主体 %1</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>video %1</source>
        <translation>视频 %1</translation>
    </message>
    <message>
        <source>Nothing to refer to yet: add reference images, a video or elements.</source>
        <translation>暂无可引用的内容：请添加参考图、视频或主体。</translation>
    </message>
</context>
<context>
    <name>ks::ReferenceImagesPanel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>That is the most this slot takes (%1); remove one to add another.</source>
        <translation>已达到此处的数量上限（%1）；请先移除一个再添加。</translation>
    </message>
</context>
<context>
    <name>ks::ShortcutSheetDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Player (when the video has the focus)</source>
        <translation>播放器（视频获得焦点时）</translation>
    </message>
    <message>
        <source>Play or pause (or click the video)</source>
        <translation>播放或暂停（也可单击视频）</translation>
    </message>
    <message>
        <source>Full screen on or off (or double-click the video)</source>
        <translation>进入或退出全屏（也可双击视频）</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>5 seconds back</source>
        <translation>后退 5 秒</translation>
    </message>
    <message>
        <source>5 seconds forward</source>
        <translation>前进 5 秒</translation>
    </message>
    <message>
        <source>One frame back (pauses)</source>
        <translation>后退一帧（会暂停）</translation>
    </message>
    <message>
        <source>One frame forward (pauses)</source>
        <translation>前进一帧（会暂停）</translation>
    </message>
</context>
<context>
    <name>ks::ShotListEditor</name>
    <message>
        <source>Shot %1</source>
        <translation>镜头 %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>What happens in shot %1…</source>
        <translation>镜头 %1 中发生了什么…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Length of shot %1 in seconds</source>
        <translation>镜头 %1 的时长（秒）</translation>
    </message>
    <message>
        <source>Move shot %1 up</source>
        <translation>上移镜头 %1</translation>
    </message>
    <message>
        <source>Move shot %1 down</source>
        <translation>下移镜头 %1</translation>
    </message>
    <message>
        <source>Remove shot %1</source>
        <translation>移除镜头 %1</translation>
    </message>
    <message>
        <source>Add shot</source>
        <translation>添加镜头</translation>
    </message>
    <message>
        <source>Total %1 s · shots %2 s · %3 s left</source>
        <translation>总计 %1 秒 · 镜头 %2 秒 · 剩余 %3 秒</translation>
    </message>
    <message>
        <source>Total %1 s · shots %2 s · %3 s too many</source>
        <translation>总计 %1 秒 · 镜头 %2 秒 · 超出 %3 秒</translation>
    </message>
    <message>
        <source>Total %1 s · shots %2 s · adds up</source>
        <translation>总计 %1 秒 · 镜头 %2 秒 · 时长相符</translation>
    </message>
    <message>
        <source>Up to %1 shots; the new shot takes its seconds from the last shot, so the lengths still add up to the duration.</source>
        <translation>最多 %1 个镜头；新镜头的时长从最后一个镜头中分出，各镜头时长之和仍等于总时长。</translation>
    </message>
    <message>
        <source>Duration follows the shots</source>
        <translation>总时长跟随镜头</translation>
    </message>
    <message>
        <source>When on, the video&apos;s duration is the sum of the shot lengths (the price follows it); when off, the duration stays as set.</source>
        <translation>开启后，视频总时长等于各镜头时长之和（价格随之变化）；关闭后，总时长保持您设定的值。</translation>
    </message>
</context>
<context>
    <name>ks::StopTrackingDialog</name>
    <message>
        <source>Stop Tracking</source>
        <translation>停止跟踪</translation>
    </message>
    <message>
        <source>Stop tracking this job?</source>
        <translation>停止跟踪此任务？</translation>
    </message>
    <message>
        <source>Stop tracking “%1”?</source>
        <translation>停止跟踪“%1”？</translation>
    </message>
    <message>
        <source>EvoLink keeps running this job and bills it even if Kling Studio stops following it. The job stays in the history: choose Check Again later to follow it again and download the video while its link is valid (24 hours after the video is ready).</source>
        <translation>即使 Kling Studio 不再跟踪，EvoLink 仍会继续运行此任务并照常计费。任务会保留在历史记录中：之后可选择“重新查询”再次跟踪，并在链接有效期内（视频完成后 24 小时）下载视频。</translation>
    </message>
    <message>
        <source>Nothing has been sent to EvoLink for this job yet, so nothing is billed; it will not be sent.</source>
        <translation>此任务尚未发送到 EvoLink，因此不会计费；停止后也不会再发送。</translation>
    </message>
    <message>
        <source>Keep Tracking</source>
        <translation>继续跟踪</translation>
    </message>
</context>
<context>
    <name>ks::StudioBackend</name>
    <message>
        <source>%1 Jobs of this session will not be kept after you quit.</source>
        <translation>%1本次会话中的任务在退出后不会保留。</translation>
    </message>
    <message>
        <source>Demo mode could not start its local simulator.</source>
        <translation>演示模式无法启动本地模拟器。</translation>
    </message>
    <message>
        <source>Refused the API address %1: only https, or plain http to this computer, is allowed. The default EvoLink address is used instead.</source>
        <translation>已拒绝 API 地址 %1：仅允许 https，或对本机使用明文 http。已改用默认的 EvoLink 地址。</translation>
    </message>
    <message numerus="yes">
        <source>The job history %1 was deleted while Kling Studio was running. It was made again, and the %n job(s) in progress here were written back into it. Do not delete this file while jobs run: it is how paid tasks are found again after a crash.</source>
        <translation>
            <numerusform>任务历史记录 %1 在 Kling Studio 运行期间被删除。它已被重新创建，此处正在进行的 %n 个任务已重新写入其中。请勿在任务运行时删除此文件：程序崩溃后正是靠它找回已付费的任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ks::VideoInputSection</name>
    <message>
        <source>Keep the video&apos;s original sound</source>
        <translation>保留视频原声</translation>
    </message>
    <message>
        <source>keep_original_sound: the result keeps the audio of the input video</source>
        <translation>keep_original_sound：生成结果保留输入视频的音频</translation>
    </message>
</context>
<context>
    <name>ks::VideoSettingsSection</name>
    <message>
        <source>Video settings</source>
        <translation>视频设置</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Generate audio with the video</source>
        <translation>同时生成音频</translation>
    </message>
    <message>
        <source>Auto (follow start frame)</source>
        <translation>自动（跟随首帧）</translation>
    </message>
    <message>
        <source>16:9 · Landscape</source>
        <translation>16:9 · 横屏</translation>
    </message>
    <message>
        <source>9:16 · Portrait</source>
        <translation>9:16 · 竖屏</translation>
    </message>
    <message>
        <source>1:1 · Square</source>
        <translation>1:1 · 方形</translation>
    </message>
    <message>
        <source>The length comes from the input video: %1 s, billed as %2 s (rounded up).</source>
        <translation>时长取决于输入视频：%1 秒，按 %2 秒计费（向上取整）。</translation>
    </message>
    <message>
        <source>%1 takes its length from the input video.</source>
        <translation>%1 的时长取决于输入视频。</translation>
    </message>
    <message>
        <source>Duration changed from %1 s to %2 s: %3 allows %4–%5 s.</source>
        <translation>时长已从 %1 秒改为 %2 秒：%3 支持 %4–%5 秒。</translation>
    </message>
    <message>
        <source>%1 to %2 seconds; billed per second</source>
        <translation>%1 至 %2 秒；按秒计费</translation>
    </message>
    <message>
        <source>Sound is off when a video is an input; keep the video&apos;s own sound instead.</source>
        <translation>以视频作为输入时无法生成声音；可改为保留视频原声。</translation>
    </message>
    <message>
        <source>%1 has no sound option.</source>
        <translation>%1 不支持声音选项。</translation>
    </message>
    <message>
        <source>Adds generated audio; costs more per second</source>
        <translation>添加生成的音频；每秒费用更高</translation>
    </message>
    <message>
        <source>%1 keeps the aspect ratio of its input.</source>
        <translation>%1 沿用输入内容的画面比例。</translation>
    </message>
    <message>
        <source>%1 is not offered; %2 is used instead.</source>
        <translation>不提供 %1，已改用 %2。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Make short videos with Kling O3 through EvoLink.</source>
        <translation>通过 EvoLink 使用 Kling O3 制作短视频。</translation>
    </message>
    <message>
        <source>Use the built-in simulator even if a key is set.</source>
        <translation>即使已设置密钥，也使用内置模拟器。</translation>
    </message>
    <message>
        <source>Quit right after the first paint and print the time.</source>
        <translation>首次绘制完成后立即退出并输出耗时。</translation>
    </message>
    <message>
        <source>Start a separate window even if Kling Studio is running.</source>
        <translation>即使 Kling Studio 已在运行，也打开一个独立窗口。</translation>
    </message>
    <message>
        <source>Images or a video to start the form with.</source>
        <translation>用于预填表单的图片或视频。</translation>
    </message>
    <message>
        <source>Check the installation without opening a window: make a 3-second demo video with the built-in simulator in a temporary folder, decode its first frame, print the result and exit (0 when everything works).</source>
        <translation>不打开窗口检查安装：用内置模拟器在临时文件夹中生成一段 3 秒的演示视频，解码其第一帧，输出结果后退出（一切正常时退出码为 0）。</translation>
    </message>
</context>
</TS>
