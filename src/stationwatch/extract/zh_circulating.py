"""A Chinese sentence that tells what a circulating post says: "近日社群平台流传一则贴文，宣称…",
"网上疯传的视频称…", "脸书上转传的讯息声称…".

Fact-checks in Chinese, from Taiwan and Hong Kong above all, open by quoting the post they
weigh without a "网传：" label: a platform (社群平台, 脸书, LINE 群组, 微博, 朋友圈), a verb of
spreading (流传, 疯传, 转传, 热传) and a verb of claiming (宣称, 声称, 称). What follows is the
post's claim, not the document's, so ``checked_claims`` reads no asserted fact from it. A post
that only shows something ("视频显示警察…") is evidence told, not a claim, and is left alone.
Runs on the folded (simplified) view.
"""

from __future__ import annotations

import re

#: Where posts spread: the web, a platform, a chat group, the users of either.
_PLATFORM = (
    r"(?:网上|网络上|网路上|网络|网路|社交媒体|社交平台|社交网站|社群平台|社群媒体|社群网站|社群"
    r"|脸书|facebook|微博|微信|朋友圈|抖音|推特|油管|youtube|tiktok|line|群组|论坛|贴吧|网民|网友)"
)
#: Spreading, and the post or message that spreads.
_SPREAD = r"(?:流传|疯传|转传|热传|盛传|广传|传开)"
_POST = (
    r"(?:贴文|帖子|网帖|帖文|文章|视频|影片|短片|图片|截图|图卡|讯息|消息|说法|传言|留言|文字"
    r"|谣言|长文)"
)
#: A post spread on a platform, or a post said to spread, or the bare "网传" (rumour has it).
_CIRCULATING = re.compile(
    _PLATFORM + r"[^。！？]{0,12}?" + _SPREAD
    + r"|" + _SPREAD + r"[^。！？，]{0,8}?" + _POST
    + r"|(?:^|[，。：；\s])网传"
)
#: The post claims (not "显示", "shows"): 宣称, 声称, 指称, 称, 说, 写道, or its quoted text.
_CLAIMS = re.compile(r"宣称|声称|指称|称|说|写道|写着|[「“\"『]")


def circulating_claim_zh(view: str) -> bool:
    """Whether a Chinese sentence reports what a circulating post claims."""
    found = _CIRCULATING.search(view)
    return found is not None and _CLAIMS.search(view, found.end()) is not None
