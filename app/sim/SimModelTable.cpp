#include "sim/SimModelTable.h"

using namespace Qt::StringLiterals;

namespace ks {

const QList<SimModelRule> &simModelTable()
{
    static const QStringList shotParams = {u"multi_shot"_s, u"shot_type"_s, u"multi_prompt"_s,
                                           u"element_list"_s, u"watermark_info"_s};
    static const QStringList videoParams = {u"element_list"_s, u"watermark_info"_s};
    static const QStringList jpegPng = {u"image/jpeg"_s, u"image/png"_s};
    static const QStringList jpegPngWebp = {u"image/jpeg"_s, u"image/png"_s, u"image/webp"_s};
    static const QList<SimModelRule> table = {
        {u"kling-o3-text-to-video"_s,
         SimModelKind::TextToVideo,
         {u"model"_s, u"prompt"_s, u"duration"_s, u"aspect_ratio"_s, u"quality"_s, u"sound"_s,
          u"model_params"_s, u"callback_url"_s},
         shotParams,
         3,
         15,
         {u"720p"_s, u"1080p"_s, u"4k"_s},
         {}},
        {u"kling-o3-image-to-video"_s,
         SimModelKind::ImageToVideo,
         {u"model"_s, u"prompt"_s, u"image_start"_s, u"image_end"_s, u"image_urls"_s, u"duration"_s,
          u"aspect_ratio"_s, u"quality"_s, u"sound"_s, u"model_params"_s, u"callback_url"_s},
         shotParams,
         3,
         15,
         {u"720p"_s, u"1080p"_s, u"4k"_s},
         jpegPng},
        {u"kling-o3-reference-to-video"_s,
         SimModelKind::ReferenceToVideo,
         {u"model"_s, u"prompt"_s, u"video_url"_s, u"keep_original_sound"_s, u"image_urls"_s,
          u"duration"_s, u"aspect_ratio"_s, u"quality"_s, u"model_params"_s, u"callback_url"_s},
         videoParams,
         3,
         10,
         {u"720p"_s, u"1080p"_s},
         jpegPngWebp},
        {u"kling-o3-video-edit"_s,
         SimModelKind::VideoEdit,
         {u"model"_s, u"prompt"_s, u"video_url"_s, u"keep_original_sound"_s, u"image_urls"_s,
          u"quality"_s, u"model_params"_s, u"callback_url"_s},
         videoParams,
         0,
         0,
         {u"720p"_s, u"1080p"_s},
         jpegPngWebp},
        {u"kling-custom-element"_s,
         SimModelKind::CustomElement,
         {u"model"_s, u"model_params"_s, u"callback_url"_s},
         {u"element_name"_s, u"element_description"_s, u"reference_type"_s, u"element_image_list"_s,
          u"element_video_list"_s, u"element_voice_id"_s},
         0,
         0,
         {},
         {}},
    };
    return table;
}

} // namespace ks
