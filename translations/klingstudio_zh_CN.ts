<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CliOptions</name>
    <message>
        <source>Kling Studio on the command line: estimate, generate and track Kling O3 videos through EvoLink.

Commands:
  estimate     print the credit cost of a request (first line: credits)
  generate     make a video and download it (--out)
  status &lt;id&gt;  show a task (task id, or a job id from history)
  history      list recent jobs of the journal

The API key is read from EVOLINK_API_KEY or the system keychain; EVOLINK_API_BASE and EVOLINK_FILES_BASE override the endpoints. Without a key, the built-in simulator is used (demo mode, no credits spent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in simulator: no key, no credits spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: text-to-video, image-to-video, reference-to-video or video-edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the video shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratio: 16:9, 9:16 or 1:1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality: 720p or 1080p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated sound: on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First frame (image-to-video): a JPG/PNG file or an https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file|url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last frame (image-to-video, needs --image-start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference image; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input video (reference-to-video, video-edit) as an https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the video (a file, or an existing folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many jobs history lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate | generate | status | history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task or job id (status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use estimate, generate, status or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status needs exactly one task id (or job id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;. Use text-to-video, image-to-video, reference-to-video or video-edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration needs whole seconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no --duration: the length follows the input video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown aspect ratio &quot;%1&quot;. Use 16:9, 9:16 or 1:1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no --aspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown quality &quot;%1&quot;. Use 720p or 1080p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sound is on or off, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no generated sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--video needs an https URL: the EvoLink file service only documents image uploads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostEstimator</name>
    <message>
        <source>1 credit per element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits per element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per call, refunded if it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input video %1 s, rounded up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input length unknown, %1 s assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits/s × %2 s × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sound on ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sound off ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum charge %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Kling Studio could not reach EvoLink. Check your internet connection; the request will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink sent a reply Kling Studio could not understand. Try again in a few minutes; if it keeps happening, update Kling Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on this computer could not be read or written. Check that it still exists, that you may access it and that the disk has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink rejected the request because a setting is invalid. Check the details below, correct the setting, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ID is malformed: EvoLink task IDs start with &quot;task-unified-&quot;. Check the ID and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink could not fetch one of the images or the video. Upload the file again or use a public HTTPS link, then resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink rejected your API key: it is invalid or has expired. Enter a valid key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key has been disabled. Enable it in the EvoLink console or enter another key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key has expired. Create a new key in the EvoLink console and enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key may not be used from your current network (IP restriction). Allow this address in the EvoLink console or use another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your EvoLink account has been disabled. Contact EvoLink support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your EvoLink balance is too low for this job. Top up your credits, then resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key has used up its credit limit. Raise the key&apos;s limit in the EvoLink console or enter another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key has reached its daily limit, which resets at midnight. Try again tomorrow or enter another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key is not allowed to use this model. Enable the model for the key in the EvoLink console or use another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task belongs to another account, so your API key cannot read it. Kling Studio has stopped tracking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink no longer knows this task (it is unknown or has expired). Kling Studio has stopped tracking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EvoLink server could not find what was asked for (HTTP 404). Check the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to EvoLink took too long. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink refused the request because it conflicts with another one. Check the history before you submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink already has a submission with this ID. Check the history for the job instead of submitting it again, so you are not charged twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for EvoLink. Use smaller images or a shorter, smaller video, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink does not accept this file type. Use JPEG or PNG images and MP4 or MOV video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests to EvoLink right now. Kling Studio will try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests to EvoLink right now. Kling Studio will wait and try again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink had an internal server error. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kling AI service behind EvoLink is not responding. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kling O3 service is temporarily unavailable. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink did not answer in time. Check the history before you submit again, then try later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content safety filter blocked this job (for example real faces or celebrities). Change the prompt or the media, then resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling rejected the job&apos;s parameters. Check the settings, then resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input image could not be processed. Use another image, then resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input image&apos;s size or aspect ratio does not fit the request. Resize or crop it, then resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was cancelled (for example from the EvoLink dashboard). Resubmit it if you still want the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model produced no video for this prompt. Rephrase the prompt, then resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation service had an internal error. Resubmit in a few minutes; the failed task is not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation took too long and timed out. Resubmit later; the failed task is not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation service is at capacity. Wait a minute, then resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job hit a rate or quota limit. Wait a while, then resubmit less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation service was temporarily unavailable. Resubmit in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ID is invalid or has expired, so the task can no longer be tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kling O3 model was temporarily unavailable. Resubmit in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kling AI service behind EvoLink failed while generating. Resubmit in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task failed for an unknown reason. Resubmit it; if it keeps failing, contact EvoLink support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink refused the request (HTTP %1). Check the details below and your settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink had a server error (HTTP %1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while talking to EvoLink. Try again; if it keeps happening, check the details below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>New video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the video starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the shot: subject, action, camera movement, lighting, mood…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate audio with the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generations yet.
Write a prompt and press Generate: your jobs appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the video in the player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the video in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the result link (valid for 24 hours after completion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this job&apos;s prompt and settings into the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same request again as a new, separately billed job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server again about this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following this job (the server keeps running and billing it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the row; the video file stays on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageProbe</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, WEBP or GIF image or an MP4 or MOV video.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file is missing:
%1
It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Video As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.
Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kling Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; — no API key set. Jobs run against the built-in simulator and spend no credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished videos play here.
Select a done job in the history to watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Download Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kling Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeInfo</name>
    <message>
        <source>Text to video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference to video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the video in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the result link (valid for 24 hours after completion)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new key to replace the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key you are typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credits per USD:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used only to show an approximate dollar amount next to credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max concurrent tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs beyond this number wait in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>The price table is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price table lists no models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 has no valid base_rate_uc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 has an unknown unit &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 has an invalid minimum_charge_uc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 has an invalid multiplier for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 has no multipliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price table lists none of the Kling O3 models.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>JPEG, PNG or WEBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable image; use a %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 file; only %3 images are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; the limit is 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of %1 could not be read; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 px; both sides must be at least %4 px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 px; the aspect ratio must be between 1:2.5 and 2.5:1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable video; use an MP4 or MOV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 file; only MP4 and MOV videos are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; the limit is 200 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lasts %2 s; it must last at least 3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 px; both sides must be between %4 and %5 px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 frames per second; it must have 24 to 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL &quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL must start with https:// (it starts with %1://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL points to %1, a local or private address EvoLink cannot reach; use a public HTTPS address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a local file or an https:// link; &quot;%2&quot; is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element %1 has no element ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the element (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element name is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a description of the element (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element description is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a frontal image and 1 to 3 images from other angles, or a video of the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a frontal image of the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 images from other angles; add 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frontal image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle image %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the edit you want in the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt that describes the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt contains an invisible control character at position %1; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration is %1 s; %2 allows %3 to %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quality is not available for %2; choose %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-shot is not available for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-shot needs 1 to %1 shots; there are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shot %1 has no prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt of shot %1 is %2 characters long; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt of shot %1 contains an invisible control character at position %2; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shot %1 lasts %2 s; each shot must last at least 1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shots add up to %1 s but the video is %2 s long; both must be equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elements are attached; %2 allows at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end frame needs a start frame; add a start frame or remove the end frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to video needs at least one image: a start frame or reference images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An end frame is not allowed with %1 images in total (at most %2: the start and the end frame); remove the reference images or the end frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elements are attached; with a start frame at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images and %2 elements make %3 inputs; %4 allows at most %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the video to edit (MP4 or MOV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the reference video (MP4 or MOV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element %1 was created from a video; such elements cannot be combined with a video input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskParser</name>
    <message>
        <source>The task reply is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task reply has neither an id nor a status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadResult</name>
    <message>
        <source>The upload reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload reply contains no file URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload reply&apos;s file URL is not a web link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::CliCommands</name>
    <message>
        <source>This combination has no published price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits (about $%1 at %2 credits per USD; approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price drivers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID	DATE	MODE	STATE	CREDITS	FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator answers, no credits are spent. Set EVOLINK_API_KEY (or store a key in the app) to use EvoLink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be written to the journal (%1); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(about %n s left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Still running on the server; check again later with: klingstudio-cli status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent but its answer was lost: the task may exist. Look in the app&apos;s history and use &quot;Check again&quot; (never resend blindly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key, so EvoLink cannot be asked about this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Time left: about %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Credits used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits reserved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::Downloader</name>
    <message>
        <source>The result link is not a valid web address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video link has expired or is no longer available (HTTP %1). Result links are valid for 24 hours after the video is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download ended early (%1 of %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more data than announced (%1 of %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The download stalled for %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::EvoLinkClient</name>
    <message>
        <source>The request id &quot;%1&quot; contains characters that cannot be sent in a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file type for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback). Use an https:// address instead of %1 so that your API key is not sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address; it must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is set. Enter your EvoLink API key in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains characters that are not allowed (spaces, line breaks or non-ASCII letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was not followed so that your API key is not sent elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file service stored the file as %1 instead of %2; it does not accept this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::GenerationForm</name>
    <message>
        <source>16:9 · Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9:16 · Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 · Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the limit of %2 characters: shorten the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long prompt: %1 left before the limit of %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes its length from the input video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration changed from %1 s to %2 s: %3 allows %4–%5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 seconds; billed per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sound option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds generated audio; costs more per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps the aspect ratio of its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not offered; %2 is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price is known for these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate, at %1 credits per US dollar. Credits are what is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Generation is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the generation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Generate: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::HistoryDelegate</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::HistoryModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running · %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · charged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reserved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::HistoryPanel</name>
    <message>
        <source>%1 running · %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ImageDropZone</name>
    <message>
        <source>The image “%1” is no longer on disk; choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a JPG or PNG image: its content is not an image format the service accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels (%4 megapixels); images over %5 megapixels are refused because decoding them could exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https links can be used; “%1” is http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an https link to an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to use here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images, image files and https image links can be dropped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image, image file or https image link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder for pasted images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the pasted image to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link on %1 · the server downloads it when the job starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original file is gone; the uploaded copy is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an image here, paste it or choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a JPG or PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the image or https image link on the clipboard (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPG, PNG or WEBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 px per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio 1:2.5 to 2.5:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image drop zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::JobManager</name>
    <message>
        <source>The type of %1 is not supported for upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file service did not return a link for the uploaded file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the request but returned no task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element was created but the server did not return its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task completed but the server returned no video link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video link has expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::JobStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history %1 is damaged and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history was damaged. It was moved aside to %1 and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history was written by a newer version of Kling Studio (schema %1, this version understands %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved parameters of this job could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::KeychainSecretStore</name>
    <message>
        <source>The system keychain is unavailable; the API key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1). An API key you enter will be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be saved in the system keychain (%1). It will be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be removed from the system keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::MainWindow</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings loaded into the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up your EvoLink account, then resubmit the job from the history. Nothing was charged for this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvoLink did not accept the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid key in Preferences to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits left on your EvoLink account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo · built-in simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling Studio — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kling Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kling Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kling Studio %1&lt;/h3&gt;&lt;p&gt;A desktop studio for making short videos with the Kling O3 model through the EvoLink API.&lt;/p&gt;&lt;p&gt;Your API key stays in the system keychain; finished videos are saved in your download folder.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %2.&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::PlayerWidget</name>
    <message>
        <source>The video file is missing:
%1

It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video could not be played.
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the result link (valid for 24 hours after completion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid result link: links expire 24 hours after completion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::PreferencesDialog</name>
    <message>
        <source>Choose Download Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVOLINK_API_BASE is set in the environment and takes precedence over the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVOLINK_FILES_BASE is set in the environment and takes precedence over the files base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the current key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current key: from the environment (EVOLINK_API_KEY). It takes precedence over a key saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current key: stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current key: kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current key: none. Without a key the app runs in demo mode against the built-in simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a complete web address. Enter one such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses plain http. Use https; plain http is only allowed to a server on this computer (127.0.0.1, ::1 or localhost), because the API key would otherwise travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a download folder (a full path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::StudioBackend</name>
    <message>
        <source>%1 Jobs of this session will not be kept after you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode could not start its local simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused the API address %1: only https, or plain http to this computer, is allowed. The default EvoLink address is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Make short videos with Kling O3 through EvoLink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in simulator even if a key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit right after the first paint and print the time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
