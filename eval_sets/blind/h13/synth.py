"""Fill a Package's declared values from primary numbers; qualitative texts; 申报书 sections."""

from __future__ import annotations

from model import split

APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def _w(pairs):
    return [k for k, _ in pairs], [w for _, w in pairs]


def fill(pkg, p, seed):
    v = pkg.v
    v["序号"] = pkg.list_no
    v["企业名称"] = pkg.company
    v["平台名称"] = pkg.declared_name
    v["平台性质"] = p["nature"]
    i = pkg.info
    v["联系人姓名"] = i["contact"]
    v["联系人手机号"] = i["phone"]
    v["联系人电子邮箱"] = i["email"]
    v["评审会现场地址信息"] = i["venue"]
    v["平台网址"] = i["url"]
    v["建设时间"] = i["build_time"]
    v["平台建设金额（万元）"] = p["build_amount"]
    pkg.rev = p["rev"]
    v["平台近三年经营指标情况"] = None
    v["平台建设方式"] = i["build_mode"]
    v["平台运营模式"] = i["op_mode"]
    v["部署方式"] = i["deploy"]
    tot, ops, yy, qual = p["team"]
    v["平台团队总人数（人）"], v["运维人数（人）"], v["运营人数（人）"], v["有相关技术职称/从业资格的人数（人）"] = tot, ops, yy, qual
    rev23 = p["rev"][2023]
    v["平台相关研发投入（万元）"] = p["rd"]
    v["平台相关研发投入强度（%）"] = round(p["rd"] / rev23 * 100, 2)
    v["平台相关营业收入（万元）"] = rev23
    v["平台利润率（%）"] = round(p["profit"] / rev23 * 100, 2)
    reg_u, served, paid, sh, sme = p["users"]
    v["付费用户占比（%）"] = round(paid / reg_u * 100, 2)
    dt, dp, dr = p["devices"]
    ck, cw = _w(p["dev_cats"])
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = dt
    v["按二级分类统计工业设备数量（台/套）"] = split(dt, ck, cw, seed + 1)
    ov = p["overseas"]
    dom_total = dt - sum(ov.values())
    rk, rw = _w(p["dev_regions"])
    reg = split(dom_total, rk, rw, seed + 2)
    reg.update(ov)
    v["按省市区域统计工业设备数量（台/套）"] = reg
    v["公有云工业设备连接数量（台/套）"] = dp
    v["按二级分类统计公有云工业设备数量（台/套）"] = split(dp, ck, [v["按二级分类统计工业设备数量（台/套）"][k] for k in ck], seed + 3)
    v["按省市区域统计公有云工业设备数量（台/套）"] = split(dp, list(reg), list(reg.values()), seed + 4)
    v["公有云工业设备平均日运行数量（台/套）"] = dr
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = split(dr, ck, [v["按二级分类统计公有云工业设备数量（台/套）"][k] for k in ck], seed + 5)
    preg = v["按省市区域统计公有云工业设备数量（台/套）"]
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = split(dr, list(preg), list(preg.values()), seed + 6)
    v["海外设备连接数量（台/套）"] = sum(ov.values())
    v["按海外国家分类统计海外设备连接数量（台/套）"] = dict(ov)
    v["工业协议兼容适配数量（个）"] = p["protocols"]
    v["工业软件总量（个）"] = p["sw_total"]
    app, dev_app = p["app"]
    v["工业APP数量（个）"] = app
    v["基于平台开发的工业APP数量（个）"] = dev_app
    v["云化工业软件数量（个）"] = app - dev_app
    ak, aw = _w(p["app_cats"])
    v["按分类统计工业APP数量（个）"] = split(app, ak, aw, seed + 7)
    ik, iw = _w(p["app_inds"])
    v["按行业统计工业APP数量（个）"] = split(app, ik, iw, seed + 8)
    v["工业APP平均月活跃数量（个）"] = p["app_mau"]
    kn, kdu, kdh, kmr = p["killer"]
    v["杀手锏APP数量（个）"], v["公有云杀手锏APP平均日在线用户数（个）"], v["杀手锏APP日活次数（次）"], v["杀手锏APP月平均收入（万元）"] = kn, kdu, kdh, kmr
    pa, pda = p["pub_app"]
    v["公有云工业APP数量（个）"] = pa
    v["公有云工业APP平均日活跃数量（个）"] = pda
    v["按分类统计公有云工业APP平均日活跃数量（个）"] = split(pda, ak, [v["按分类统计工业APP数量（个）"][k] for k in ak], seed + 9)
    v["按行业统计公有云工业APP平均日活跃数量（个）"] = split(pda, ik, [v["按行业统计工业APP数量（个）"][k] for k in ik], seed + 10)
    v["平台实际用云量（台）"], v["平台公有云实际使用数量（台）"] = p["cloud"]
    cap, data, pdata = p["storage"]
    v["存储容量（TB）"], v["存储工业数据量（TB）"], v["公有云数据总量（TB）"] = cap, data, pdata
    v["存储资源利用率（%）"] = round(data / cap * 100, 2)
    mn, ma, mu = p["models"]
    v["工业机理模型数量（个）"], v["活跃机理模型数量（一周调用5次以上）（个）"], v["核心工业模型平均月调用用户数量（个）"] = mn, ma, mu
    v["按分类统计工业模型数量（个）"] = split(mn, MODEL_CATS, p["model_w"], seed + 11)
    v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = p["speed"]
    v["微服务数量（个）"], v["活跃微服务数量（一周调用5次以上）（个）"] = p["ms"]
    v["开发者注册总数（个）"], v["活跃开发者数（个）"] = p["dev"]
    v["平台是否建立安全管理体系"] = True
    v["有否定期开展第三方安全测试/测评"] = True
    v["有否定期进行安全扫描"] = True
    v["注册企业用户数（个）"], v["实际服务企业数（个）"], v["付费企业数（个）"] = reg_u, served, paid
    sk, sw = _w(p["svc_inds"])
    v["按行业统计服务企业数（个）"] = split(served, sk, sw, seed + 12)
    svr = {"上海": sh}
    gk, gw = _w(p["svc_regions"])
    svr.update(split(served - sh - sum(p["svc_overseas"].values()), gk, gw, seed + 13))
    svr.update(p["svc_overseas"])
    v["按省市区域统计服务企业数（个）"] = svr
    v["服务本市企业数量（个）"] = sh
    v["服务中小企业数量（个）"] = sme
    v["平台订单数量(近一年总量)（个）"] = p["orders"]
    v["平台交易规模年增长率（%）"] = p["trade_growth"]
    v["工业APP订阅总数量（个）"], v["杀手锏工业APP订阅数量（个）"], v["工业APP订阅总金额（万元）"] = p["subs"]
    v["平台连接工业设备利用率（%）"] = p["util"]
    v["平台国产化率（%）"] = p["guochan"]
    v["平台是否服务上海智能工厂，数量"] = p["factories"]
    v["平台服务园区总数（个）"] = p["parks"]
    sol_n, sol_w = p["solutions"]
    v["平台提供的解决方案总数（个）"] = sol_n
    v["按新模式统计解决方案数量（个）"] = split(sol_n, MODES, sol_w, seed + 14)
    v["投资回报率（%）"] = round(p["profit"] / p["build_amount"] * 100, 2)
    v["企业是否已上市或已获得VC/PE投资"] = p["vcpe"]
    v["平台连接工业设备运维成本平均下降率（%）"], v["平台连接工业设备能耗平均下降率（%）"], v["平台连接工业设备安全生产持续时间平均提升率（%）"] = p["effects"]
    v["平台现有特色指数（个）"] = p["indices"]
    v["平台核心软硬件技术获得的专利数量（项）"] = p["patents"]
    v["平台核心软硬件技术获得的软著数量（个）"] = p["softs"]
    v["平台是否有自研形成的核心技术突破"] = True
    v["平台是否具备碳管理服务能力"] = p.get("tan", True)
    v["平台是否融合使用国家标识解析系统"] = p.get("biaoshi", True)
    v["平台获得省部级及以上奖项/荣誉数量（个）"] = len(p["awards"])
    v["平台建设与运营带动新增就业人数（人）"] = p["jobs"]
    v["平台社会贡献率（%）"] = p["social"]
    v["平台开放共享数据的形式及数量"] = p["open_data"]
    v["合作平台数量（个）"] = p["partners"]


def texts(pkg, th):
    """Qualitative 指标明细表 answers, theme words in th."""
    v = pkg.v
    t = pkg.t
    t["dingwei"] = th["dingwei"]
    t["zhengce"] = th["zhengce"]
    t["guihua"] = f"是，已纳入《{th['corp_plan']}》"
    t["zhuanxiang"] = f"是，《{th['special_plan']}》"
    t["qita_ziyuan"] = th["qita_ziyuan"]
    t["bianyuan"] = th["bianyuan"]
    t["qita_caiji"] = th["qita_caiji"]
    t["kuozhan"] = "是"
    t["suanli"] = th["suanli"]
    t["shuju_guanli"] = "建立数据标准管理、数据质量管理、元数据与主数据管理制度，统一编码规则，按日开展数据质量稽核，数据资产目录覆盖全部业务域。"
    t["tongyong"] = "是"
    t["suanfa"] = th["suanfa"]
    t["shequ"] = "是"
    t["yuyan"] = "共5种：Java、Python、Go、JavaScript、C++"
    t["kuangjia"] = "基于Spring Cloud与Kubernetes的微服务开发框架，提供低代码应用编排、模型服务化封装、统一认证与网关接入规范，支持应用一键发布至应用市场。"
    t["gongju"] = "提供在线IDE、可视化组态工具、数据建模工作台、API调试工具及CI/CD流水线，支持开发者在线完成开发、测试、发布全流程。"
    t["anquan_zhidu"] = f"是，《{th['abbr']}平台网络安全管理办法》（{th['abbr_code']}-AQ-001，2021年3月）、《数据安全管理制度》（{th['abbr_code']}-AQ-004，2022年6月）、《应急响应预案》（{th['abbr_code']}-AQ-007，2023年2月）"
    t["anquan_fangmian"] = "1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络与主机安全"
    t["disanfang"] = "是，每年一次（委托第三方测评机构开展等级保护测评及渗透测试）"
    t["saomiao"] = "是，每月一次全量漏洞扫描，重大版本上线前专项扫描"
    t["anquan_jishu"] = "部署下一代防火墙、WAF、入侵检测，生产网与办公网隔离；传输采用TLS1.2以上加密，敏感数据国密SM4加密存储，统一身份认证与多因素认证。"
    t["beifen"] = "核心数据每日增量、每周全量备份，关键库双机热备，云备份保留90天，并在异地机房建立灾备中心，RPO≤15分钟。"
    t["zhineng"] = None
    t["shangshi"] = th["shangshi"]
    t["zizhu"] = th["zizhu"]
    t["xiaoyi"] = th["xiaoyi"]
    t["chengben"] = th["chengben"]
    t["wajue"] = th["wajue"]
    t["gongyinglian"] = th["gongyinglian"]
    t["xinjishu"] = th["xinjishu"]
    t["tupo"] = "是，" + th["tupo"]
    t["tan"] = "是，" + th["tan"] if v["平台是否具备碳管理服务能力"] else "否"
    t["biaoshi"] = "是，" + th["biaoshi"] if v["平台是否融合使用国家标识解析系统"] else "否"
    t["biaozhun"] = th["biaozhun"]
    t["jiangxiang"] = None
    t["gongxian"] = th["gongxian"]
    t["kaifang_jizhi"] = "是，" + th["kaifang"]
    t["kuapingtai"] = th["kuapingtai"]
    t["xinmoshi"] = th["xinmoshi"]
    # rows whose answer is the value itself
    for k in ("zhineng", "jiangxiang"):
        del t[k]


def award_answer(awards):
    return f"共{len(awards)}个：" + "；".join(f"{a['name']}（{a['date']}，{a['issuer']}）" for a in awards)
