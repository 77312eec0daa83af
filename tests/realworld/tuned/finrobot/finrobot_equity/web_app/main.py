import os
import sys
import subprocess
import threading
import uuid
import json
import logging
import hashlib
import secrets
import httpx
from datetime import datetime, timedelta
from typing import List, Optional, Dict
from fastapi import FastAPI, Request, BackgroundTasks, Depends, HTTPException, Response
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

GITHUB_CLIENT_ID = os.getenv("GITHUB_CLIENT_ID", "YOUR_GITHUB_CLIENT_ID")
GITHUB_CLIENT_SECRET = os.getenv("GITHUB_CLIENT_SECRET", "YOUR_GITHUB_CLIENT_SECRET")
GITHUB_REDIRECT_URI = "http://localhost:8000/api/auth/github/callback"

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORE_ROOT = os.path.join(PROJECT_ROOT, "core")
SRC_ROOT = CORE_ROOT  # SRC_ROOT points to core directory, scripts are in core/src
OUTPUT_DIR = os.path.join(CORE_ROOT, "output")
CONFIG_DIR = os.path.join(CORE_ROOT, "config")
DATA_DIR = os.path.join(PROJECT_ROOT, "web_app", "data")
LOGS_DIR = os.path.join(PROJECT_ROOT, "logs")  # 统一日志目录：finrobot_equity/logs/

os.makedirs(OUTPUT_DIR, exist_ok=True)
os.makedirs(DATA_DIR, exist_ok=True)
os.makedirs(LOGS_DIR, exist_ok=True)  # 新增：创建日志目录

tasks = {}

class AnalysisRequest(BaseModel):
    ticker: str
    company_name: str
    peers: List[str] = []
    years_limit: int = 5
    revenue_growth_2025: float = 0.05
    revenue_growth_2026: float = 0.06
    revenue_growth_2027: float = 0.04
    margin_improvement: float = 0.01
    generate_text: bool = True
    generate_pdf: bool = True
    fmp_api_key: Optional[str] = None
    openai_api_key: Optional[str] = None
    # 新增增强功能选项
    enable_sensitivity_analysis: bool = True
    enable_catalyst_analysis: bool = True
    enable_enhanced_news: bool = True
    enable_enhanced_charts: bool = True
    enable_valuation_analysis: bool = True

def run_process(command, task_id, cwd=None):
    """Run a shell command and capture output to the task logs."""
    logger.info(f"Task {task_id}: Running command: {' '.join(command)}")
    append_task_log(task_id, f"Executing: {' '.join(command)}")  # 修改：使用新函数
    
    try:
        env = os.environ.copy()
        env["PYTHONIOENCODING"] = "utf-8"
        
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
            cwd=cwd or SRC_ROOT
        )
        
        for line in process.stdout:
            append_task_log(task_id, line.strip())  # 修改：使用新函数
            
        process.wait()
        
        if process.returncode != 0:
            raise Exception(f"Command failed with return code {process.returncode}")
            
        return True
    except Exception as e:
        append_task_log(task_id, f"Error: {str(e)}")  # 修改：使用新函数
        tasks[task_id]["status"] = "failed"
        return False

def execute_analysis_pipeline(task_id: str, req: AnalysisRequest):
    tasks[task_id]["status"] = "running"
    append_task_log(task_id, "Starting analysis pipeline...")  # 修改：使用新函数
    
    # Update report status in database
    try:
        db = SessionLocal()
        crud.update_report_request(db, task_id, "running")
        db.close()
    except Exception as e:
        logger.warning(f"Failed to update report status: {e}")
    
    python_exe = sys.executable
    src_dir = os.path.join(SRC_ROOT, "src")  # Now points to core/src
    config_file = os.path.join(CONFIG_DIR, "config.ini")
    
    # Create output directories
    analysis_output_dir = os.path.join(OUTPUT_DIR, req.ticker, "analysis")
    report_output_dir = os.path.join(OUTPUT_DIR, req.ticker, "report")
    os.makedirs(analysis_output_dir, exist_ok=True)
    os.makedirs(report_output_dir, exist_ok=True)
    
    # Step 1: Generate Financial Analysis
    cmd_analysis = [
        python_exe,
        os.path.join(src_dir, "generate_financial_analysis.py"),
        "--company-ticker", req.ticker,
        "--company-name", req.company_name,
        "--years-limit", str(req.years_limit),
        "--revenue-growth-2025", str(req.revenue_growth_2025),
        "--revenue-growth-2026", str(req.revenue_growth_2026),
        "--revenue-growth-2027", str(req.revenue_growth_2027),
        "--margin-improvement", str(req.margin_improvement),
        "--output-dir", analysis_output_dir
    ]
    
    if req.peers:
        cmd_analysis.append("--peer-tickers")
        cmd_analysis.extend(req.peers)
        
    if req.generate_text:
        cmd_analysis.append("--generate-text-sections")
    
    # 新增增强功能选项
    if req.enable_sensitivity_analysis:
        cmd_analysis.append("--enable-sensitivity-analysis")
    if req.enable_catalyst_analysis:
        cmd_analysis.append("--enable-catalyst-analysis")
    if req.enable_enhanced_news:
        cmd_analysis.append("--enable-enhanced-news")
        
    cmd_analysis.extend(["--config-file", config_file])

    if not run_process(cmd_analysis, task_id, cwd=SRC_ROOT):
        # Update report status to failed
        try:
            db = SessionLocal()
            crud.update_report_request(db, task_id, "failed", "Financial analysis failed")
            db.close()
        except Exception as e:
            logger.warning(f"Failed to update report status: {e}")
        return

    # Step 2: Create Equity Report
    base_output_dir = analysis_output_dir
    
    cmd_report = [
        python_exe,
        os.path.join(src_dir, "create_equity_report.py"),
        "--company-ticker", req.ticker,
        "--company-name", req.company_name,
        "--analysis-csv", os.path.join(base_output_dir, "financial_metrics_and_forecasts.csv"),
        "--ratios-csv", os.path.join(base_output_dir, "ratios_raw_data.csv"),
        "--tagline-file", os.path.join(base_output_dir, "tagline.txt"),
        "--company-overview-file", os.path.join(base_output_dir, "company_overview.txt"),
        "--investment-overview-file", os.path.join(base_output_dir, "investment_overview.txt"),
        "--valuation-overview-file", os.path.join(base_output_dir, "valuation_overview.txt"),
        "--risks-file", os.path.join(base_output_dir, "risks.txt"),
        "--competitor-analysis-file", os.path.join(base_output_dir, "competitor_analysis.txt"),
        "--major-takeaways-file", os.path.join(base_output_dir, "major_takeaways.txt"),
        "--output-dir", report_output_dir,
        "--config-file", config_file,
        "--enable-text-regeneration"
    ]
    
    # 新增增强功能选项
    if req.enable_enhanced_charts:
        cmd_report.append("--enable-enhanced-charts")
    if req.enable_valuation_analysis:
        cmd_report.append("--enable-valuation-analysis")
    
    # 添加增强分析文件路径
    if req.enable_sensitivity_analysis:
        sensitivity_file = os.path.join(base_output_dir, "sensitivity_analysis.json")
        if os.path.exists(sensitivity_file):
            cmd_report.extend(["--sensitivity-analysis-file", sensitivity_file])
    
    if req.enable_catalyst_analysis:
        catalyst_file = os.path.join(base_output_dir, "catalyst_analysis.json")
        if os.path.exists(catalyst_file):
            cmd_report.extend(["--catalyst-analysis-file", catalyst_file])
    
    if req.enable_enhanced_news:
        enhanced_news_file = os.path.join(base_output_dir, "enhanced_news.json")
        if os.path.exists(enhanced_news_file):
            cmd_report.extend(["--enhanced-news-file", enhanced_news_file])
    
    if req.peers:
        cmd_report.extend([
            "--peer-ebitda-csv", os.path.join(base_output_dir, "peer_ebitda_comparison.csv"),
            "--peer-ev-ebitda-csv", os.path.join(base_output_dir, "peer_ev_ebitda_comparison.csv")
        ])

    if not run_process(cmd_report, task_id, cwd=SRC_ROOT):
        # Update report status to failed
        try:
            db = SessionLocal()
            crud.update_report_request(db, task_id, "failed", "Report creation failed")
            db.close()
        except Exception as e:
            logger.warning(f"Failed to update report status: {e}")
        return

    # Step 3: Generate PDF Report
    if req.generate_pdf:
        append_task_log(task_id, "Generating PDF report...")  # 修改：使用新函数
        cmd_pdf = [
            python_exe,
            os.path.join(src_dir, "generate_pdf_report.py"),
            "--company-ticker", req.ticker,
            "--company-name", req.company_name,
            "--analysis-dir", base_output_dir,
            "--output-dir", report_output_dir,
            "--config-file", config_file
        ]
        
        if not run_process(cmd_pdf, task_id, cwd=SRC_ROOT):
            append_task_log(task_id, "Warning: PDF generation failed, but HTML reports are available.")  # 修改：使用新函数

    tasks[task_id]["status"] = "completed"
    append_task_log(task_id, "Pipeline completed successfully!")  # 修改：使用新函数
    
    # Update report status in database
    try:
        db = SessionLocal()
        crud.update_report_request(db, task_id, "completed")
        db.close()
    except Exception as e:
        logger.warning(f"Failed to update report status: {e}")
    
    # Get report files
    report_files = []
    if os.path.exists(report_output_dir):
        report_files = [f for f in os.listdir(report_output_dir) if f.endswith((".html", ".pdf"))]
    
    # Separate HTML and PDF files — only Professional reports
    html_files = [f for f in report_files if f.endswith('.html')]
    pdf_files = [f for f in report_files if f.endswith('.pdf')]

    # Only Professional HTML; fallback to others only if no Professional exists
    prof_htmls = [f for f in html_files if 'Professional' in f]
    sorted_htmls = prof_htmls if prof_htmls else html_files

    # Only Professional/Equity Report PDFs (exclude chart PDFs like *_ebitda_margin.pdf)
    prof_pdfs = [f for f in pdf_files if 'Professional_Equity_Report' in f]
    if not prof_pdfs:
        prof_pdfs = [f for f in pdf_files if 'Equity_Report' in f]
    sorted_pdfs = prof_pdfs
    
    tasks[task_id]["result"] = {
        "report_dir": report_output_dir,
        "ticker": req.ticker,
        "html": sorted_htmls,
        "pdf": sorted_pdfs
    }
